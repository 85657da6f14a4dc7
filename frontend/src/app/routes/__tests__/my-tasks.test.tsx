import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ids } from '@/test/fixtures';
import { installFakeMeetings, makeMeeting, meetingId, memberIdOf } from '@/test/meetings-fake';
import { defaultApi, renderApp } from '@/test/render-app';

const taskId = 'dddddddd-0000-4000-8000-0000000000aa';
const taskPath = `/api/v1/tasks/${taskId}`;

function setOnline(value: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => value });
}

function setup() {
  const api = defaultApi();
  const state = installFakeMeetings(api, makeMeeting());
  state.myTasks = [
    {
      id: taskId,
      meetingId,
      organizationId: ids.cellNaKhoang,
      title: 'Vận động 10 hộ tham gia làm đường',
      assigneeKind: 'MEMBER',
      assigneeMemberId: memberIdOf(7),
      assigneeName: 'Đỗ Minh An',
      dueDate: '2026-04-30',
      status: 'NOT_STARTED',
      version: 3,
    },
  ];
  return { api, state };
}

async function openReport(user: ReturnType<typeof userEvent.setup>) {
  const tasks = (await screen.findByRole('heading', { name: 'Nhiệm vụ của tôi' })).closest('section')!;
  await user.click(await within(tasks).findByText('Báo cáo tiến độ'));
  return within(tasks).getByRole('form', { name: 'Báo cáo tiến độ: Vận động 10 hộ tham gia làm đường' });
}

describe('member home: reporting progress on my tasks', () => {
  afterEach(() => setOnline(true));

  it('sends the status and note with the version I saw, then shows the new status', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    renderApp('/meetings', api);
    const form = await openReport(user);
    await user.selectOptions(within(form).getByLabelText('Tình trạng'), 'IN_PROGRESS');
    await user.type(within(form).getByLabelText(/Đã làm được gì/), 'Đã vận động được 6 hộ');
    await user.click(within(form).getByRole('button', { name: 'Gửi báo cáo' }));

    expect(await within(form).findByText('Đã gửi báo cáo tiến độ.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', taskPath)[0].body).toEqual({
      status: 'IN_PROGRESS',
      result: 'Đã vận động được 6 hộ',
      version: 3,
    });
    const tasks = screen.getByRole('heading', { name: 'Nhiệm vụ của tôi' }).closest('section')!;
    // the list is read again: the new status and the note as the server now has them
    await waitFor(() => expect(within(tasks).getByText('Đang thực hiện', { selector: '.badge' })).toBeInTheDocument());
    expect(within(tasks).getByText(/· Đã vận động được 6 hộ/, { selector: 'p' })).toBeInTheDocument();
  });

  it('keeps a report made offline on the phone and sends it once the connection returns', async () => {
    const user = userEvent.setup();
    const { api, state } = setup();
    renderApp('/meetings', api);
    const form = await openReport(user);
    setOnline(false);
    await user.selectOptions(within(form).getByLabelText('Tình trạng'), 'DONE');
    await user.click(within(form).getByRole('button', { name: 'Gửi báo cáo' }));
    expect(await within(form).findByText('Đã lưu trên máy, sẽ gửi khi có mạng.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', taskPath)).toHaveLength(0);

    setOnline(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(api.callsTo('PATCH', taskPath)).toHaveLength(1));
    await waitFor(() => expect(state.myTasks[0]).toMatchObject({ status: 'DONE', version: 4 }));
  });

  it('does not overwrite a task the secretary updated meanwhile: it says so', async () => {
    const user = userEvent.setup();
    const { api, state } = setup();
    renderApp('/meetings', api);
    const form = await openReport(user);
    state.myTasks = [{ ...state.myTasks[0], status: 'IN_PROGRESS', result: 'Chi ủy đã giao thêm', version: 4 }];
    await user.selectOptions(within(form).getByLabelText('Tình trạng'), 'DONE');
    await user.click(within(form).getByRole('button', { name: 'Gửi báo cáo' }));

    expect(await within(form).findByText(/người khác/i)).toBeInTheDocument();
    expect(state.myTasks[0]).toMatchObject({ status: 'IN_PROGRESS', version: 4 });
  });
});
