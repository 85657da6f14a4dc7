import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuthUser } from '@/lib/auth/auth';
import { draftStorageKey } from '@/lib/auth/user-data';
import { meetingOutboxKey, resetMeetingOutboxes } from '@/features/meetings/offline/use-meeting-outbox';
import { cellNaKhoang, ids, organization } from '@/test/fixtures';
import { installFakeMeetings, makeMeeting, meetingId, memberIdOf, meSecretary } from '@/test/meetings-fake';
import { defaultApi, fakeAuth, renderApp } from '@/test/render-app';

/**
 * A shared phone: what one user leaves on the device (form drafts, queued meeting changes) is
 * never shown to, or sent by, the next one, and signing out removes it.
 */
const userA: AuthUser = { subject: 'subject-of-a', username: 'bithu.an', name: 'Nguyễn Văn An' };
const userB: AuthUser = { subject: 'subject-of-b', username: 'bithu.binh', name: 'Lò Văn Bình' };
const signedIn = (user: AuthUser) => fakeAuth('authenticated', user);

const memberFormPath = `/members/new?organizationId=${ids.cellNaKhoang}`;
const memberDraft = `member.new.${ids.cellNaKhoang}`;
const attendancePath = `/api/v1/meetings/${meetingId}/attendance/${memberIdOf(0)}`;

function formApi() {
  return defaultApi().on('get', '/api/v1/organizations/{id}', () => ({
    status: 200,
    body: organization(cellNaKhoang),
  }));
}

function meetingApi() {
  const api = defaultApi().on('get', '/api/v1/me', () => ({ status: 200, body: meSecretary }));
  installFakeMeetings(api, makeMeeting());
  return api;
}

function setOnline(value: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => value });
}

/** Signs in as `user`, marks a member present while offline: one change waits in the queue. */
async function queueOneChangeOffline(user: AuthUser) {
  const api = meetingApi();
  const auth = signedIn(user);
  const view = renderApp(`/meetings/${meetingId}/attendance`, api, auth);
  await screen.findByText('Có mặt 0/12');
  setOnline(false);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Có mặt: Lò Văn Pản' }));
  expect(await screen.findByText('Chưa lưu: 1 thay đổi')).toBeInTheDocument();
  expect(localStorage.getItem(meetingOutboxKey(user.subject, meetingId))).toContain(memberIdOf(0));
  return { api, auth, view };
}

/** What a page reload does to the in-memory queues (signing in always reloads the page). */
function reloadPage(view: { unmount: () => void }) {
  view.unmount();
  resetMeetingOutboxes();
}

afterEach(() => setOnline(true));

describe('drafts and queued changes on a shared device', () => {
  it('user B does not see the form draft user A left, and it is removed when B signs in', async () => {
    const user = userEvent.setup();
    const first = renderApp(memberFormPath, formApi(), signedIn(userA));
    await screen.findByText('Chi bộ bản Nà Khoang', { selector: '.picker-value' });
    await user.type(screen.getByLabelText(/Họ và tên/), 'Đặng Thùy Dương');
    await waitFor(() =>
      expect(localStorage.getItem(draftStorageKey(userA.subject, memberDraft))).toContain('Đặng Thùy Dương'),
    );
    reloadPage(first);

    renderApp(memberFormPath, formApi(), signedIn(userB));
    await screen.findByText('Chi bộ bản Nà Khoang', { selector: '.picker-value' });
    expect(screen.getByLabelText(/Họ và tên/)).toHaveValue('');
    expect(screen.queryByText('Đã khôi phục bản nháp chưa lưu của biểu mẫu này.')).not.toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem(draftStorageKey(userA.subject, memberDraft))).toBeNull());
  });

  it("user A's queued changes are not sent when user B signs in on the device, and are removed", async () => {
    const { view } = await queueOneChangeOffline(userA);
    reloadPage(view);
    setOnline(true);

    const api = meetingApi();
    renderApp(`/meetings/${meetingId}/attendance`, api, signedIn(userB));
    expect(await screen.findByText('Có mặt 0/12')).toBeInTheDocument();
    expect(screen.getByText('✓ Đã lưu tất cả')).toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem(meetingOutboxKey(userA.subject, meetingId))).toBeNull());
    await new Promise((r) => setTimeout(r, 100));
    expect(api.callsTo('PUT', attendancePath)).toHaveLength(0);
  });
});

describe('signing out', () => {
  const dialog = () => screen.findByRole('alertdialog', { name: 'Còn thay đổi chưa gửi' });

  it('with nothing queued signs out at once and removes the drafts, even one typed a moment ago', async () => {
    const user = userEvent.setup();
    const auth = signedIn(userA);
    renderApp(memberFormPath, formApi(), auth);
    await screen.findByText('Chi bộ bản Nà Khoang', { selector: '.picker-value' });
    localStorage.setItem(draftStorageKey(userA.subject, 'minutes.some-meeting'), '{"freeText":"Biên bản"}');
    await user.type(screen.getByLabelText(/Họ và tên/), 'Đặng Thùy Dương');

    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));

    expect(auth.logout).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    // The form's pending save (200 ms after typing) must not write the draft back.
    await new Promise((r) => setTimeout(r, 400));
    expect(localStorage.getItem(draftStorageKey(userA.subject, memberDraft))).toBeNull();
    expect(localStorage.getItem(draftStorageKey(userA.subject, 'minutes.some-meeting'))).toBeNull();
  });

  it('with a change queued warns first; "Hủy" keeps the user signed in and the change queued', async () => {
    const user = userEvent.setup();
    const { auth } = await queueOneChangeOffline(userA);

    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    const warning = await dialog();
    expect(warning).toHaveTextContent('Có 1 thay đổi chưa gửi lên máy chủ');
    expect(warning).toHaveTextContent('sẽ bị mất');
    expect(within(warning).getByRole('button', { name: 'Gửi trước' })).toHaveFocus();

    await user.click(within(warning).getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(auth.logout).not.toHaveBeenCalled();
    expect(localStorage.getItem(meetingOutboxKey(userA.subject, meetingId))).toContain(memberIdOf(0));
  });

  it('"Đăng xuất và xóa" discards the queued change and the drafts, sends nothing, and signs out', async () => {
    const user = userEvent.setup();
    const { api, auth } = await queueOneChangeOffline(userA);
    localStorage.setItem(draftStorageKey(userA.subject, `minutes.${meetingId}`), '{"freeText":"Biên bản"}');

    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    await user.click(within(await dialog()).getByRole('button', { name: 'Đăng xuất và xóa' }));

    expect(auth.logout).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(meetingOutboxKey(userA.subject, meetingId))).toBeNull();
    expect(localStorage.getItem(draftStorageKey(userA.subject, `minutes.${meetingId}`))).toBeNull();
    // Even when the connection returns before the browser has left the page.
    setOnline(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(api.callsTo('PUT', attendancePath)).toHaveLength(0);
    expect(localStorage.getItem(meetingOutboxKey(userA.subject, meetingId))).toBeNull();
  });

  it('"Gửi trước" sends the queued change, then signs out', async () => {
    const user = userEvent.setup();
    const { api, auth } = await queueOneChangeOffline(userA);

    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    const warning = await dialog();
    setOnline(true);
    await user.click(within(warning).getByRole('button', { name: 'Gửi trước' }));

    await waitFor(() => expect(auth.logout).toHaveBeenCalledTimes(1));
    expect(api.callsTo('PUT', attendancePath)).toHaveLength(1);
    expect(api.callsTo('PUT', attendancePath)[0].body).toEqual({ status: 'PRESENT', version: 0 });
    expect(localStorage.getItem(meetingOutboxKey(userA.subject, meetingId))).toBeNull();
  });

  it('"Gửi trước" without a connection says which change was not sent and stays signed in', async () => {
    const user = userEvent.setup();
    const { api, auth } = await queueOneChangeOffline(userA);

    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    await user.click(within(await dialog()).getByRole('button', { name: 'Gửi trước' }));

    const warning = await dialog();
    expect(await within(warning).findByText('Chưa gửi được 1 thay đổi:')).toBeInTheDocument();
    expect(within(warning).getByText('điểm danh Lò Văn Pản: chưa có kết nối mạng')).toBeInTheDocument();
    expect(auth.logout).not.toHaveBeenCalled();
    expect(api.callsTo('PUT', attendancePath)).toHaveLength(0);
    expect(localStorage.getItem(meetingOutboxKey(userA.subject, meetingId))).toContain(memberIdOf(0));
  });
});
