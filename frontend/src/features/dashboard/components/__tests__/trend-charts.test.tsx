import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from '@/lib/i18n/i18n';
import type { DashboardTrend, DashboardTrendMonth } from '../../api/types';
import { TrendCharts } from '../trend-charts';
import type { TrendPlotProps } from '../trend-plot';

// The canvas library is not loaded in unit tests: the lazy module is replaced by a list of what it would draw.
vi.mock('../trend-plot', () => ({
  default: ({ series, bars }: TrendPlotProps) => (
    <ul data-testid="plot" data-bars={bars ? 'yes' : 'no'}>
      {series.map((s) => (
        <li key={s.label}>
          {s.label}: {s.values.map((v) => (v == null ? '-' : v)).join(' ')}
        </li>
      ))}
    </ul>
  ),
}));

const trend = vi.fn<(org: string, to: string) => Promise<DashboardTrend>>();
vi.mock('../../api/get-dashboard-trend', async () => {
  const { useQuery } = await import('@tanstack/react-query');
  return {
    useDashboardTrend: (org: string, to: string) =>
      useQuery({ queryKey: ['trend', org, to], queryFn: () => trend(org, to) }),
  };
});

function month(key: string, over: Partial<DashboardTrendMonth> = {}): DashboardTrendMonth {
  return {
    month: key,
    cellsExpected: 0,
    cellsMet: 0,
    meetings: 0,
    attendanceExpected: 0,
    attendancePresent: 0,
    evaluated: 0,
    selfByLevel: { GOOD: 0, FAIR: 0, AVERAGE: 0, POOR: 0 },
    verifiedByLevel: { GOOD: 0, FAIR: 0, AVERAGE: 0, POOR: 0 },
    ...over,
  };
}

function twelveMonths(): DashboardTrend {
  const months = Array.from({ length: 12 }, (_, i) => month(`2026-${String(i + 1).padStart(2, '0')}`));
  months[10] = month('2026-11', {
    cellsExpected: 2,
    cellsMet: 1,
    metRate: 50,
    meetings: 1,
    attendanceExpected: 4,
    attendancePresent: 3,
    attendanceRate: 75,
    evaluated: 3,
    selfByLevel: { GOOD: 1, FAIR: 2, AVERAGE: 0, POOR: 0 },
  });
  return { organizationId: 'org', organizationName: 'Xã', from: '2026-01', to: '2026-12', months };
}

function show(target?: number) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider>
        <TrendCharts organizationId="org" to="2026-12" attendanceTarget={target} />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('TrendCharts', () => {
  beforeEach(() => trend.mockResolvedValue(twelveMonths()));

  it('asks for the 12 months ending at the given month and titles each chart in Vietnamese', async () => {
    show(85);
    expect(await screen.findByRole('figure', { name: 'Tỷ lệ chi bộ sinh hoạt thường kỳ' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Tỷ lệ đảng viên dự họp' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Chi bộ tự xếp loại buổi sinh hoạt' })).toBeInTheDocument();
    expect(trend).toHaveBeenCalledWith('org', '2026-12');
    expect(screen.getByRole('heading', { name: 'Diễn biến 12 tháng' })).toBeInTheDocument();
  });

  it('draws the attendance against the policy target and the ratings stacked by level', async () => {
    show(85);
    const attendance = await screen.findByRole('figure', { name: 'Tỷ lệ đảng viên dự họp' });
    const plot = await within(attendance).findByTestId('plot');
    expect(plot).toHaveTextContent('Tỷ lệ đảng viên dự họp: - - - - - - - - - - 75 -');
    expect(plot).toHaveTextContent('Chỉ tiêu: trên 85%: 85 85');
    const ratings = within(screen.getByRole('figure', { name: 'Chi bộ tự xếp loại buổi sinh hoạt' }));
    const bars = await ratings.findByTestId('plot');
    expect(bars).toHaveAttribute('data-bars', 'yes');
    // Cumulative from the top level down: 3 meetings in all, 2 below Tốt, none below Khá.
    expect(bars).toHaveTextContent('Tốt: 0 0 0 0 0 0 0 0 0 0 3 0');
    expect(bars).toHaveTextContent('Khá: 0 0 0 0 0 0 0 0 0 0 2 0');
    expect(bars).toHaveTextContent('Trung bình: 0 0 0 0 0 0 0 0 0 0 0 0');
  });

  it('leaves the target line out when the policy gives none', async () => {
    show();
    const attendance = await screen.findByRole('figure', { name: 'Tỷ lệ đảng viên dự họp' });
    expect(await within(attendance).findByTestId('plot')).not.toHaveTextContent('Chỉ tiêu');
  });

  it('shows each chart as a table on "Xem bảng"', async () => {
    const user = userEvent.setup();
    show(85);
    const met = await screen.findByRole('figure', { name: 'Tỷ lệ chi bộ sinh hoạt thường kỳ' });
    const toggle = within(met).getByRole('button', { name: 'Xem bảng' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(within(met).getByRole('button', { name: 'Ẩn bảng' })).toHaveAttribute('aria-expanded', 'true');
    const table = within(met).getByRole('table', { name: 'Tỷ lệ chi bộ sinh hoạt thường kỳ' });
    const november = within(table).getByRole('row', { name: /11\/2026/ });
    expect(november).toHaveTextContent('1/2');
    expect(november).toHaveTextContent('50%');
    expect(within(table).getAllByRole('row')).toHaveLength(13);
  });
});
