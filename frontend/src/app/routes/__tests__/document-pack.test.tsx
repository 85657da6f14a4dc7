import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeMeetings, makeMeeting, meetingId, meSecretary } from '@/test/meetings-fake';
import { defaultApi, renderApp } from '@/test/render-app';
import { captureDownloads } from '@/test/downloads';

describe('meeting screen: document pack for the Sổ tay app', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('BR-M4 downloads the document pack with the token and shows when it was posted to Sổ tay', async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    const api = defaultApi().on('get', '/api/v1/me', () => ({ status: 200, body: meSecretary }));
    installFakeMeetings(api, makeMeeting({ packPostings: { beforeMeeting: '2026-03-01T08:00:00+07:00' } }));
    api.on('get', '/api/v1/meetings/{id}/document-pack', () => ({
      status: 200,
      body: 'PK-fake-zip',
      headers: { 'Content-Type': 'application/zip', ETag: 'W/"AAAAAAAAAAAAAAAAAAAAAAAA"' },
    }));
    renderApp(`/meetings/${meetingId}/preparation`, api);

    expect(await screen.findByText(/Đã đăng lên Sổ tay đảng viên lúc/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tải gói tài liệu' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe(`goi-tai-lieu-${meetingId}.zip`);
    expect(await saved[0].blob.text()).toBe('PK-fake-zip');
    const calls = api.callsTo('GET', `/api/v1/meetings/${meetingId}/document-pack`);
    expect(calls).toHaveLength(1);
    expect(calls[0].headers.get('Accept')).toContain('application/zip');
  });

  it('shows the refusal when the pack cannot be downloaded', async () => {
    const user = userEvent.setup();
    captureDownloads();
    const api = defaultApi().on('get', '/api/v1/me', () => ({ status: 200, body: meSecretary }));
    installFakeMeetings(api, makeMeeting());
    api.on('get', '/api/v1/meetings/{id}/document-pack', () => ({
      status: 403,
      body: {
        type: 'https://chibo.localhost/problems/out-of-scope',
        title: 'Ngoài phạm vi',
        status: 403,
        code: 'out-of-scope',
        detail: 'Bạn không có quyền với tổ chức này.',
      },
    }));
    renderApp(`/meetings/${meetingId}/preparation`, api);

    await user.click(await screen.findByRole('button', { name: 'Tải gói tài liệu' }));
    expect(await screen.findByText(/Bạn không có quyền với tổ chức này/)).toBeInTheDocument();
    expect(screen.queryByText(/Đã đăng lên Sổ tay đảng viên lúc/)).not.toBeInTheDocument();
  });
});
