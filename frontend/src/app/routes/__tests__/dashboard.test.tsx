import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@/lib/api/schema';
import { commune, ids, organization, page } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

type S = components['schemas'];

const counts = (good: number, fair: number): S['RatingCounts'] => ({ GOOD: good, FAIR: fair, AVERAGE: 0, POOR: 0 });

const overview = (period: string): S['DashboardOverview'] => ({
  organizationId: ids.commune,
  organizationName: 'Đảng bộ xã Bình Lư',
  period,
  from: '2026-11-01',
  to: '2026-11-30',
  cells: 12,
  regime: { expected: 12, met: 9, notMet: 3, regularHeld: 9, regularWithPreMeeting: 7 },
  topical: [{ quarter: '2026-Q4', cellsExpected: 12, cellsMet: 5, sessionsHeld: 6, requiredPerCell: 1 }],
  attendance: {
    meetings: 9,
    expected: 200,
    present: 178,
    rate: 89,
    targetPercent: 85,
    onTarget: true,
    meetingsAboveTarget: 7,
  },
  speaking: { meetings: 9, atTarget: 6, share: 66.7, targetPercent: 30 },
  ratings: { evaluated: 8, verified: 5, selfByLevel: counts(5, 3), verifiedByLevel: counts(2, 3) },
  verifications: { pending: 3, overdue: 1 },
  late: { topicalPlans: 2, monthlySchedules: 0 },
  coverage: { quarter: '2026-Q4', cells: 12, covered: 10, required: 1 },
  openAlerts: [
    { kind: 'REGULAR_MISSED', count: 3 },
    { kind: 'TASKS_OVERDUE', count: 0 },
  ],
  targets: [
    {
      code: 'CELLS_MEETING_MONTHLY',
      comparison: 'AT_LEAST',
      target: 100,
      value: 75,
      count: 9,
      basis: 12,
      onTrack: false,
    },
    { code: 'ORG_GOOD_OR_ABOVE', comparison: 'ABOVE', target: 80, value: null, count: null, basis: 0, onTrack: null },
  ],
});

const row = (partial: Partial<S['DashboardCellRow']> = {}): S['DashboardCellRow'] => ({
  organizationId: ids.cellNaKhoang,
  name: 'Chi bộ bản Nà Khoang',
  parentId: ids.commune,
  parentName: 'Đảng bộ xã Bình Lư',
  months: [{ month: '2026-11', met: true }],
  metEveryMonth: true,
  topicalHeld: 1,
  attendanceRate: 92.3,
  latestRating: 'GOOD',
  overdueVerifications: 0,
  overdueTasks: 2,
  overdueItems: 2,
  lastVisit: '2026-11-20',
  ...partial,
});

function dashboardApi() {
  return defaultApi()
    .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
    .on('get', '/api/v1/organizations/{id}/dashboard', (req) => ({
      status: 200,
      body: overview(req.query.get('period') ?? '2026-11'),
    }))
    .on('get', '/api/v1/organizations/{id}/dashboard/cells', (req) => ({
      status: 200,
      body: {
        period: req.query.get('period') ?? '2026-11',
        ...page(
          req.query.get('regime') === 'NOT_MET'
            ? [
                row({
                  organizationId: ids.cellBan2,
                  name: 'Chi bộ bản 2',
                  months: [{ month: '2026-11', met: false }],
                  metEveryMonth: false,
                  attendanceRate: undefined,
                  latestRating: undefined,
                  lastVisit: undefined,
                }),
              ]
            : [row()],
          undefined,
          0,
          20,
        ),
      },
    }));
}

describe('committee dashboard', () => {
  // The default period is the current month in Vietnam: pin the day (6 December 2026), as the backend tests do.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-06T05:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens committee staff on the dashboard of their committee with the overview and the cell grid', async () => {
    const user = userEvent.setup();
    const api = dashboardApi();
    const { location } = renderApp('/', api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan sinh hoạt chi bộ' })).toBeInTheDocument();
    expect(location.history.at(-1)).toBe(`/organizations/${ids.commune}/dashboard`);
    const regime = await screen.findByRole('region', { name: 'Sinh hoạt thường kỳ' });
    expect(within(regime).getByRole('link', { name: '9 chi bộ sinh hoạt đủ các tháng' })).toHaveAttribute(
      'href',
      `/organizations/${ids.commune}/dashboard?period=2026-12&regime=MET`,
    );
    const attendance = screen.getByRole('region', { name: 'Tỷ lệ đảng viên dự họp' });
    expect(within(attendance).getByText('89%')).toBeInTheDocument();
    expect(within(attendance).getByText('Đạt chỉ tiêu')).toBeInTheDocument();
    expect(within(attendance).getByText('178/200 lượt dự trong 9 buổi; chỉ tiêu trên 85%')).toBeInTheDocument();
    const alerts = screen.getByRole('region', { name: 'Cảnh báo đang mở' });
    expect(within(alerts).getAllByRole('listitem')).toHaveLength(1);
    const verifications = screen.getByRole('region', { name: 'Chờ thẩm định' });
    expect(within(verifications).getByRole('link', { name: '3 chờ thẩm định, 1 quá hạn' })).toHaveAttribute(
      'href',
      `/organizations/${ids.commune}/quality`,
    );
    // Every figure leads to the list behind it: the overdue ones, the cells not covered, the late plans.
    expect(within(verifications).getByRole('link', { name: 'Danh sách 1 hồ sơ quá hạn' })).toHaveAttribute(
      'href',
      `/organizations/${ids.commune}/quality?overdue=true`,
    );
    expect(screen.getByRole('link', { name: 'Danh sách 2 chi bộ chưa được dự đủ' })).toHaveAttribute(
      'href',
      `/organizations/${ids.commune}/supervision?covered=false`,
    );
    expect(screen.getByText('Quý IV/2026: 5/12 chi bộ đạt, 6 buổi')).toBeInTheDocument();
    // BR-S5: each annual target with its goal, the value (none before ratings are decided) and progress.
    const targets = screen.getByRole('region', { name: 'Chỉ tiêu năm' });
    expect(within(targets).getByText('Chưa có dữ liệu')).toBeInTheDocument();
    expect(within(targets).getByText('75%')).toBeInTheDocument();
    expect(within(targets).getByText('≥ 100%')).toBeInTheDocument();
    expect(within(targets).getByText('Chưa đạt')).toBeInTheDocument();
    expect(within(targets).getByRole('link', { name: 'Tổ chức đảng hoàn thành tốt nhiệm vụ trở lên' })).toHaveAttribute(
      'href',
      `/organizations/${ids.commune}/annual-ratings?year=2026`,
    );

    // The grid: a row per cell, leading to the cell's meetings.
    expect(await screen.findByRole('link', { name: 'Chi bộ bản Nà Khoang' })).toHaveAttribute(
      'href',
      `/organizations/${ids.cellNaKhoang}/meetings`,
    );
    expect(screen.getByLabelText('Tháng 11/2026: đã sinh hoạt')).toHaveTextContent('✓');
    expect(screen.getByText('92,3%')).toBeInTheDocument();

    // Drill down from a figure to the cells behind it.
    await user.click(within(regime).getByRole('link', { name: '3 chi bộ chưa sinh hoạt đủ' }));
    expect(await screen.findByRole('link', { name: 'Chi bộ bản 2' })).toBeInTheDocument();
    expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/dashboard/cells`).at(-1)!.query.get('regime')).toBe(
      'NOT_MET',
    );
    expect(screen.getByLabelText('Tháng 11/2026: chưa sinh hoạt')).toHaveTextContent('✗');
  });

  it('changes the period, searches and sorts the grid', async () => {
    const user = userEvent.setup();
    const api = dashboardApi();
    renderApp(`/organizations/${ids.commune}/dashboard?period=2026-11`, api);
    await screen.findByRole('link', { name: 'Chi bộ bản Nà Khoang' });
    expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/dashboard`)[0].query.get('period')).toBe('2026-11');

    await user.click(screen.getByRole('link', { name: 'Quý' }));
    await waitFor(() =>
      expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/dashboard`).at(-1)!.query.get('period')).toMatch(
        /^\d{4}-Q[1-4]$/,
      ),
    );
    await user.selectOptions(await screen.findByLabelText('Kỳ'), 'IV/2026');
    await waitFor(() =>
      expect(
        api.callsTo('GET', `/api/v1/organizations/${ids.commune}/dashboard/cells`).at(-1)!.query.get('period'),
      ).toBe('2026-Q4'),
    );

    await user.type(screen.getByLabelText('Tìm chi bộ'), 'na khoang');
    await waitFor(() =>
      expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/dashboard/cells`).at(-1)!.query.get('q')).toBe(
        'na khoang',
      ),
    );
    await user.selectOptions(screen.getByLabelText('Sắp xếp'), '-overdueItems');
    await waitFor(() =>
      expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/dashboard/cells`).at(-1)!.query.get('sort')).toBe(
        '-overdueItems',
      ),
    );
  });

  it('keeps the phone-first meetings home for a cell secretary', async () => {
    const api = defaultApi().on('get', '/api/v1/me', () => ({
      status: 200,
      body: {
        username: 'bithu.an',
        displayName: 'Lò Văn An',
        roles: ['SECRETARY'],
        appointments: [
          {
            id: '77777777-7777-4777-8777-777777777777',
            username: 'bithu.an',
            organizationId: ids.cellNaKhoang,
            organizationName: 'Chi bộ bản Nà Khoang',
            role: 'SECRETARY',
            validFrom: '2025-01-01',
            validTo: null,
          },
        ],
      } satisfies S['Me'],
    }));
    const { location } = renderApp('/', api);
    await waitFor(() => expect(location.history.at(-1)).toBe('/meetings'));
    expect(screen.queryByRole('link', { name: 'Tổng quan' })).not.toBeInTheDocument();
    expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/dashboard`)).toHaveLength(0);
  });
});
