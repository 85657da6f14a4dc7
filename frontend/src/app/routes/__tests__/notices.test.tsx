import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@/lib/api/schema';
import { page } from '@/test/fixtures';
import { installFakeMeetings, makeMeeting, meetingId as fakeMeetingId, meSecretary } from '@/test/meetings-fake';
import { defaultApi, renderApp } from '@/test/render-app';

type S = components['schemas'];
const noticeId = 'cdcdcdcd-0000-4000-8000-000000000001';
const meetingId = 'cdcdcdcd-0000-4000-8000-0000000000aa';

const notice = (partial: Partial<S['Notice']> = {}): S['Notice'] => ({
  id: noticeId,
  kind: 'MEETING_NOTICE',
  title: 'Chi bộ bản Nà Khoang: thông báo sinh hoạt thường kỳ ngày 10/12/2026',
  body: 'Thời gian: 19:30 ngày 10/12/2026 (giờ Việt Nam).\nĐịa điểm: Nhà văn hóa bản.',
  link: `${window.location.origin}/meetings/${meetingId}`,
  objectType: 'MEETING',
  objectId: meetingId,
  createdAt: '2026-12-06T12:00:00+07:00',
  readAt: null,
  ...partial,
});

describe('notices', () => {
  it('shows the unread count on the bell, lists the notice with its link and marks it read', async () => {
    const user = userEvent.setup();
    let read = false;
    const api = defaultApi()
      .on('get', '/api/v1/me/notices/unread-count', () => ({ status: 200, body: { unread: read ? 0 : 1 } }))
      .on('get', '/api/v1/me/notices', (req) => ({
        status: 200,
        body: page(
          req.query.get('unread') === 'true' && read
            ? []
            : [notice(read ? { readAt: '2026-12-06T12:05:00+07:00' } : {})],
        ),
      }))
      .on('post', '/api/v1/me/notices/{id}/read', () => {
        read = true;
        return { status: 200, body: notice({ readAt: '2026-12-06T12:05:00+07:00' }) };
      })
      .on('get', '/api/v1/me/notice-preferences', () => ({
        status: 200,
        body: { email: true, emailAddress: 'dangvien_an@chibo.example', version: 0 },
      }))
      .on('put', '/api/v1/me/notice-preferences', () => ({
        status: 200,
        body: { email: false, emailAddress: 'dangvien_an@chibo.example', version: 1 },
      }));
    renderApp('/notices', api);

    expect(await screen.findByTestId('notice-unread')).toHaveTextContent('1');
    const card = (await screen.findByText(/thông báo sinh hoạt thường kỳ ngày 10\/12\/2026/)).closest('li')!;
    expect(within(card).getByText(/Nhà văn hóa bản/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Xem' })).toHaveAttribute('href', `/meetings/${meetingId}`);
    expect(api.callsTo('GET', '/api/v1/me/notices')[0].query.get('unread')).toBe('true');

    await user.click(within(card).getByRole('button', { name: 'Đánh dấu đã đọc' }));
    expect(await screen.findByText('Không có thông báo chưa đọc')).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/v1/me/notices/${noticeId}/read`)).toHaveLength(1);
    await waitFor(() => expect(screen.queryByTestId('notice-unread')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Tất cả' }));
    expect(await screen.findByText(/thông báo sinh hoạt thường kỳ ngày 10\/12\/2026/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đánh dấu đã đọc' })).not.toBeInTheDocument();
  });

  it('lets a member choose the inbox only', async () => {
    const user = userEvent.setup();
    const api = defaultApi()
      .on('get', '/api/v1/me/notices', () => ({ status: 200, body: page([]) }))
      .on('get', '/api/v1/me/notice-preferences', () => ({
        status: 200,
        body: { email: true, emailAddress: 'dangvien_an@chibo.example', version: 3 },
      }))
      .on('put', '/api/v1/me/notice-preferences', () => ({
        status: 200,
        body: { email: false, emailAddress: 'dangvien_an@chibo.example', version: 4 },
      }));
    renderApp('/notices', api);

    const toggle = await screen.findByRole('checkbox', { name: /Nhận cả qua thư điện tử/ });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.callsTo('PUT', '/api/v1/me/notice-preferences')).toHaveLength(1));
    expect(api.callsTo('PUT', '/api/v1/me/notice-preferences')[0].body).toEqual({
      version: 3,
      email: false,
      emailAddress: 'dangvien_an@chibo.example',
    });
  });
});

describe('documents published (BR-M4)', () => {
  const document: S['MeetingDocument'] = {
    id: 'cdcdcdcd-0000-4000-8000-0000000000dd',
    kind: 'MATERIAL',
    fileName: 'du-thao-nghi-quyet.pdf',
    contentType: 'application/pdf',
    sizeBytes: 2048,
    sha256: 'a'.repeat(64),
    publishedAt: '2026-03-01T08:00:00+07:00',
    publishedBy: 'bithu.an',
    late: false,
  };

  // "documents" is the path notices carried before they linked to the preparation step; they keep their text.
  it.each(['preparation', 'documents'])('the notice opens the step that lists the documents (…/%s)', async (tab) => {
    const user = userEvent.setup();
    const documentsNotice = notice({
      kind: 'MEETING_DOCUMENTS',
      title: 'Chi bộ bản Nà Khoang: tài liệu buổi sinh hoạt thường kỳ ngày 04/03/2026',
      link: `${window.location.origin}/meetings/${fakeMeetingId}/${tab}`,
      objectId: fakeMeetingId,
    });
    const api = defaultApi()
      .on('get', '/api/v1/me', () => ({ status: 200, body: meSecretary }))
      .on('get', '/api/v1/me/notices', () => ({ status: 200, body: page([documentsNotice]) }))
      .on('post', '/api/v1/me/notices/{id}/read', () => ({
        status: 200,
        body: { ...documentsNotice, readAt: '2026-03-01T09:00:00+07:00' },
      }))
      .on('get', '/api/v1/me/notice-preferences', () => ({
        status: 200,
        body: { email: true, emailAddress: null, version: 0 },
      }));
    installFakeMeetings(api, makeMeeting({ documents: [document] }));
    renderApp('/notices', api);

    const card = (await screen.findByText(/tài liệu buổi sinh hoạt thường kỳ/)).closest('li')!;
    await user.click(within(card).getByRole('link', { name: 'Xem' }));

    expect(await screen.findByRole('button', { name: 'du-thao-nghi-quyet.pdf' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Chuẩn bị' })).toHaveAttribute('aria-current', 'page');
  });
});
