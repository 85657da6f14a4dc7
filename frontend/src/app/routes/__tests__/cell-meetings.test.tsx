import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cellNaKhoang, commune, ids, organization } from '@/test/fixtures';
import { installFakeMeetings, makeMeeting, meetingId, memberIdOf } from '@/test/meetings-fake';
import { defaultApi, renderApp } from '@/test/render-app';

describe('meetings of a cell', () => {
  it('shows the year compliance and schedules a meeting with people chosen from the cell', async () => {
    const user = userEvent.setup();
    const api = defaultApi().on('get', '/api/v1/organizations/{id}', () => ({
      status: 200,
      body: organization(cellNaKhoang),
    }));
    installFakeMeetings(api);
    api.on('post', '/api/v1/organizations/{id}/meetings', () => ({
      status: 201,
      body: makeMeeting({ id: 'cccccccc-0000-4000-8000-000000000001' }),
    }));
    const { location } = renderApp(`/organizations/${ids.cellNaKhoang}/meetings`, api);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sinh hoạt: Chi bộ bản Nà Khoang' }),
    ).toBeInTheDocument();
    const months = await screen.findByRole('list', { name: 'Sinh hoạt thường kỳ theo tháng' });
    expect(within(months).getByText('Tháng 1: Đã họp')).toBeInTheDocument();
    expect(within(months).getByText('Tháng 3: Đã lên lịch')).toBeInTheDocument();
    expect(within(months).getByRole('link', { name: /Tháng 3/ })).toHaveAttribute('href', `/meetings/${meetingId}`);
    expect(screen.getByRole('list', { name: 'Sinh hoạt chuyên đề theo quý' })).toHaveTextContent('Quý 1');
    const year = new Date().getFullYear();
    const list = api.callsTo('GET', `/api/v1/organizations/${ids.cellNaKhoang}/meetings`)[0];
    expect(list.query.get('from')).toMatch(/^\d{4}-01-01$/);
    expect(list.query.get('includeSubtree')).toBe('false');
    expect(await screen.findByRole('link', { name: /Sinh hoạt thường kỳ/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lên lịch sinh hoạt' }));
    await user.clear(screen.getByLabelText(/^Ngày/));
    await user.type(screen.getByLabelText(/^Ngày/), `${year}-12-04`);
    await user.type(screen.getByLabelText('Địa điểm'), 'Nhà văn hóa bản');
    await waitFor(() => expect(screen.getByLabelText('Chủ trì')).toHaveTextContent('Nguyễn Văn An'));
    await user.selectOptions(screen.getByLabelText('Chủ trì'), memberIdOf(6));
    await user.selectOptions(screen.getByLabelText('Thư ký (ghi biên bản)'), memberIdOf(3));
    await user.click(screen.getByRole('button', { name: /^Lên lịch$/ }));

    await waitFor(() => expect(location.history?.at(-1)).toBe('/meetings/cccccccc-0000-4000-8000-000000000001'));
    expect(api.callsTo('POST', `/api/v1/organizations/${ids.cellNaKhoang}/meetings`)[0].body).toEqual({
      type: 'REGULAR',
      isModel: false,
      mode: 'IN_PERSON',
      title: null,
      scheduledStart: `${year}-12-04T19:30:00+07:00`,
      plannedDurationMinutes: null,
      place: 'Nhà văn hóa bản',
      onlineLink: null,
      chairId: memberIdOf(6),
      preparerId: null,
      minuteTakerId: memberIdOf(3),
      preparesMeetingId: null,
    });
  });

  it('shows committee staff the calendar of the cells below, without scheduling', async () => {
    const api = defaultApi().on('get', '/api/v1/organizations/{id}', () => ({
      status: 200,
      body: organization(commune),
    }));
    installFakeMeetings(api);
    renderApp(`/organizations/${ids.commune}/meetings`, api);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lịch sinh hoạt các chi bộ trực thuộc Đảng bộ xã Bình Lư' }),
    ).toBeInTheDocument();
    const card = await screen.findByRole('link', { name: /Sinh hoạt thường kỳ/ });
    expect(card).toHaveTextContent('Chi bộ bản Nà Khoang');
    expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/meetings`)[0].query.get('includeSubtree')).toBe(
      'true',
    );
    expect(screen.queryByRole('button', { name: 'Lên lịch sinh hoạt' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Sinh hoạt thường kỳ theo tháng' })).not.toBeInTheDocument();
  });
});

describe("a member's home", () => {
  it('lists upcoming meetings and my tasks, and hands out a calendar address to copy', async () => {
    const user = userEvent.setup();
    const api = defaultApi();
    const state = installFakeMeetings(
      api,
      makeMeeting({
        documents: [
          {
            id: 'eeeeeeee-0000-4000-8000-000000000001',
            kind: 'MATERIAL',
            fileName: 'tai-lieu-thang-3.pdf',
            contentType: 'application/pdf',
            sizeBytes: 120_000,
            sha256: 'ab'.repeat(32),
            publishedAt: '2026-03-01T08:00:00+07:00',
            publishedBy: 'bithu.an',
            late: false,
          },
        ],
      }),
    );
    state.myTasks = [
      {
        id: 'dddddddd-0000-4000-8000-000000000001',
        meetingId,
        organizationId: ids.cellNaKhoang,
        title: 'Vận động 10 hộ tham gia làm đường',
        assigneeKind: 'MEMBER',
        assigneeMemberId: memberIdOf(7),
        assigneeName: 'Đỗ Minh An',
        dueDate: '2026-04-30',
        status: 'IN_PROGRESS',
        version: 2,
      },
    ];
    renderApp('/meetings', api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sinh hoạt chi bộ' })).toBeInTheDocument();
    const tasks = (await screen.findByRole('heading', { name: 'Nhiệm vụ của tôi' })).closest('section')!;
    expect(await within(tasks).findByText('Vận động 10 hộ tham gia làm đường')).toBeInTheDocument();
    expect(within(tasks).getByText('Đang thực hiện', { selector: '.badge' })).toBeInTheDocument();
    expect(within(tasks).getByText(/Hạn: 30\/04\/2026/)).toBeInTheDocument();
    const upcoming = screen.getByRole('heading', { name: 'Lịch sinh hoạt' }).closest('section')!;
    expect(await within(upcoming).findByRole('link', { name: /Sinh hoạt thường kỳ/ })).toHaveAttribute(
      'href',
      `/meetings/${meetingId}`,
    );
    expect(await within(upcoming).findByRole('button', { name: 'tai-lieu-thang-3.pdf' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Đăng ký lịch (iCalendar)' }));
    expect(await screen.findByLabelText('Địa chỉ lịch')).toHaveValue(
      'http://api.test/api/v1/calendar/abcdefghijklmnopqrstuvwxyz.ics',
    );
    expect(api.callsTo('POST', '/api/v1/calendar-feeds')[0].body).toEqual({ scope: 'ME', organizationId: null });
  });

  it('pages my tasks twenty at a time', async () => {
    const user = userEvent.setup();
    const api = defaultApi();
    const state = installFakeMeetings(api, makeMeeting());
    state.myTasks = Array.from({ length: 25 }, (_, i) => ({
      id: `dddddddd-0000-4000-8000-${String(i).padStart(12, '0')}`,
      meetingId,
      organizationId: ids.cellNaKhoang,
      title: `Nhiệm vụ số ${i + 1}`,
      assigneeKind: 'MEMBER' as const,
      assigneeMemberId: memberIdOf(7),
      assigneeName: 'Đỗ Minh An',
      dueDate: '2026-04-30',
      status: 'NOT_STARTED' as const,
      version: 0,
    }));
    renderApp('/meetings', api);

    const tasks = (await screen.findByRole('heading', { name: 'Nhiệm vụ của tôi' })).closest('section')!;
    expect(await within(tasks).findByText('Nhiệm vụ số 20')).toBeInTheDocument();
    expect(within(tasks).queryByText('Nhiệm vụ số 21')).not.toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/me/tasks')[0].query.get('size')).toBe('20');
    const pager = within(tasks).getByRole('navigation', { name: 'Các trang nhiệm vụ' });
    expect(within(pager).getByText('Trang 1/2')).toBeInTheDocument();

    await user.click(within(pager).getByRole('button', { name: 'Trang sau ›' }));
    expect(await within(tasks).findByText('Nhiệm vụ số 21')).toBeInTheDocument();
    expect(within(tasks).queryByText('Nhiệm vụ số 1')).not.toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/me/tasks').at(-1)!.query.get('page')).toBe('1');
  });
});
