import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ids } from '@/test/fixtures';
import { installFakeMeetings } from '@/test/meetings-fake';
import { defaultApi, renderApp } from '@/test/render-app';

const personal = {
  url: 'http://api.test/api/v1/calendar/personalpersonalpersonal01.ics',
  feedId: 'personalpersonalpersonal01',
  scope: 'ME' as const,
  organizationId: null,
  organizationName: null,
  createdAt: '2026-01-05T08:00:00+07:00',
  lastReadAt: '2026-03-01T06:30:00+07:00',
};
const cell = {
  url: 'http://api.test/api/v1/calendar/cellcellcellcellcellcell02.ics',
  feedId: 'cellcellcellcellcellcell02',
  scope: 'CELL' as const,
  organizationId: ids.cellNaKhoang,
  organizationName: 'Chi bộ bản Nà Khoang',
  createdAt: '2026-02-10T20:00:00+07:00',
  lastReadAt: null,
};

describe('my calendar addresses', () => {
  it('lists the addresses I created, with when each was created and last read, and revokes one after confirmation', async () => {
    const user = userEvent.setup();
    const api = defaultApi();
    const state = installFakeMeetings(api);
    state.calendarFeeds = [cell, personal];
    renderApp('/meetings', api);

    const list = (await screen.findByRole('heading', { name: 'Địa chỉ lịch bạn đã tạo' })).parentElement!;
    const cellRow = await within(list).findByRole('listitem', { name: 'Chi bộ bản Nà Khoang' });
    expect(cellRow).toHaveTextContent('…cell02');
    expect(cellRow).toHaveTextContent('Chưa có ứng dụng lịch nào đọc');
    const personalRow = within(list).getByRole('listitem', { name: 'Lịch sinh hoạt của tôi' });
    expect(personalRow).toHaveTextContent('Ứng dụng lịch đọc gần nhất lúc 06:30');

    await user.click(within(cellRow).getByRole('button', { name: 'Thu hồi' }));
    expect(within(cellRow).getByRole('alertdialog', { name: 'Thu hồi' })).toHaveTextContent(
      'Ứng dụng lịch đang dùng địa chỉ này sẽ ngừng nhận lịch sinh hoạt',
    );
    await user.click(within(cellRow).getByRole('button', { name: 'Hủy' }));
    expect(api.callsTo('DELETE', `/api/v1/calendar-feeds/${cell.feedId}`)).toHaveLength(0);

    await user.click(within(cellRow).getByRole('button', { name: 'Thu hồi' }));
    await user.click(within(cellRow).getByRole('button', { name: 'Thu hồi địa chỉ' }));

    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Chi bộ bản Nà Khoang' })).not.toBeInTheDocument(),
    );
    expect(api.callsTo('DELETE', `/api/v1/calendar-feeds/${cell.feedId}`)).toHaveLength(1);
    expect(api.callsTo('DELETE', `/api/v1/calendar-feeds/${personal.feedId}`)).toHaveLength(0);
    expect(screen.getByRole('listitem', { name: 'Lịch sinh hoạt của tôi' })).toBeInTheDocument();
  });

  it('adds a new address to the list, and takes it off the screen once it is revoked', async () => {
    const user = userEvent.setup();
    const api = defaultApi();
    installFakeMeetings(api);
    renderApp('/meetings', api);

    await screen.findByRole('heading', { level: 1, name: 'Sinh hoạt chi bộ' });
    expect(screen.queryByRole('heading', { name: 'Địa chỉ lịch bạn đã tạo' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đăng ký lịch (iCalendar)' }));
    expect(await screen.findByLabelText('Địa chỉ lịch')).toHaveValue(
      'http://api.test/api/v1/calendar/abcdefghijklmnopqrstuvwxyz.ics',
    );
    const row = await screen.findByRole('listitem', { name: 'Lịch sinh hoạt của tôi' });

    await user.click(within(row).getByRole('button', { name: 'Thu hồi' }));
    await user.click(within(row).getByRole('button', { name: 'Thu hồi địa chỉ' }));

    await waitFor(() => expect(screen.queryByLabelText('Địa chỉ lịch')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Đăng ký lịch (iCalendar)' })).toBeInTheDocument();
    expect(screen.queryByRole('listitem', { name: 'Lịch sinh hoạt của tôi' })).not.toBeInTheDocument();
  });
});
