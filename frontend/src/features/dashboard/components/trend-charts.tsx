import { lazy, Suspense, useId, useMemo, useState, type ReactNode } from 'react';
import { QueryView } from '@/components/query-view';
import { formatNumber, formatPercent } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDashboardTrend } from '../api/get-dashboard-trend';
import type { DashboardTrendMonth } from '../api/types';
import { displayPeriod } from '../logic/periods';
import { RATING_LEVELS, stackedRatings } from '../logic/trend';
import type { PlotSeries } from './trend-plot';

/** The chart library is fetched only when a chart is first shown (a separate chunk of the build). */
const TrendPlot = lazy(() => import('./trend-plot'));

const COLORS = {
  met: '#9f1d1d',
  attendance: '#1a56db',
  target: '#5b5b63',
  GOOD: '#1e6b35',
  FAIR: '#6aa84f',
  AVERAGE: '#f2c94c',
  POOR: '#9f1d1d',
} as const;

/**
 * The 12 months ending at `to` of the committee's subtree: cells that met, attendance against the policy
 * target, and the cells' own ratings stacked by level. Each chart has a title and a table with the same
 * figures ("Xem bảng"), which is what screen readers get.
 */
export function TrendCharts({
  organizationId,
  to,
  attendanceTarget,
}: {
  organizationId: string;
  to: string;
  attendanceTarget?: number;
}) {
  const { t } = useI18n();
  const trend = useDashboardTrend(organizationId, to);
  return (
    <section aria-labelledby="dashboard-trend" className="trend">
      <h2 id="dashboard-trend" className="section-title">
        {t('dashboard.trend')}
      </h2>
      <QueryView query={trend}>
        {(data) => <Charts months={data.months} attendanceTarget={attendanceTarget} />}
      </QueryView>
    </section>
  );
}

function Charts({ months, attendanceTarget }: { months: DashboardTrendMonth[]; attendanceTarget?: number }) {
  const { t, locale, lang } = useI18n();
  const n = (value: number) => formatNumber(value, locale);
  const pct = (value: number | null | undefined) => formatPercent(value, locale);
  // Stable between renders, so a refetch that changes nothing does not redraw the charts.
  const { labels, met, attendance, ratings } = useMemo(() => {
    const attendanceSeries: PlotSeries[] = [
      {
        label: t('dashboard.trend.attendance'),
        values: months.map((m) => m.attendanceRate ?? null),
        color: COLORS.attendance,
      },
    ];
    if (attendanceTarget != null) {
      attendanceSeries.push({
        label: t('dashboard.trend.target', { target: attendanceTarget }),
        values: months.map(() => attendanceTarget),
        color: COLORS.target,
        dashed: true,
      });
    }
    return {
      labels: months.map((m) => displayPeriod(m.month, lang)),
      met: [{ label: t('dashboard.trend.met'), values: months.map((m) => m.metRate ?? null), color: COLORS.met }],
      attendance: attendanceSeries,
      ratings: stackedRatings(months).map(({ level, tops }) => ({
        label: t(`dashboard.rating.${level}`),
        values: tops,
        color: COLORS[level],
      })),
    };
  }, [months, attendanceTarget, lang, t]);
  return (
    <div className="trend-grid">
      <Chart
        title={t('dashboard.trend.met')}
        labels={labels}
        series={met}
        max={100}
        head={[t('dashboard.trend.month'), t('dashboard.trend.met.cells'), t('dashboard.trend.met')]}
        rows={months.map((m) => [`${n(m.cellsMet)}/${n(m.cellsExpected)}`, pct(m.metRate)])}
      />
      <Chart
        title={t('dashboard.trend.attendance')}
        labels={labels}
        series={attendance}
        max={100}
        head={[t('dashboard.trend.month'), t('dashboard.trend.attendance.people'), t('dashboard.trend.attendance')]}
        rows={months.map((m) => [`${n(m.attendancePresent)}/${n(m.attendanceExpected)}`, pct(m.attendanceRate)])}
        note={attendanceTarget != null ? t('dashboard.trend.target', { target: attendanceTarget }) : undefined}
      />
      <Chart
        title={t('dashboard.trend.ratings')}
        labels={labels}
        series={ratings}
        bars
        head={[t('dashboard.trend.month'), ...RATING_LEVELS.map((l) => t(`dashboard.rating.${l}`))]}
        rows={months.map((m) => RATING_LEVELS.map((l) => n(m.selfByLevel[l])))}
        note={t('dashboard.trend.ratings.legend')}
        legend={ratings}
      />
    </div>
  );
}

function Chart({
  title,
  labels,
  series,
  bars,
  max,
  head,
  rows,
  note,
  legend,
}: {
  title: string;
  labels: string[];
  series: PlotSeries[];
  bars?: boolean;
  max?: number;
  head: string[];
  /** Per month, the cells after the month's label. */
  rows: ReactNode[][];
  note?: string;
  legend?: PlotSeries[];
}) {
  const { t } = useI18n();
  const [table, setTable] = useState(false);
  const id = useId();
  return (
    <figure className="card trend-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="section-title">
        {title}
      </figcaption>
      {note && <p className="muted">{note}</p>}
      {legend && (
        <ul className="plain-list trend-legend" aria-hidden="true">
          {legend.map((s) => (
            <li key={s.label}>
              <span className="trend-swatch" style={{ background: s.color }} /> {s.label}
            </li>
          ))}
        </ul>
      )}
      <Suspense fallback={<div className="trend-plot" aria-hidden="true" />}>
        <TrendPlot labels={labels} series={series} bars={bars} max={max} />
      </Suspense>
      <button
        type="button"
        className="secondary"
        aria-expanded={table}
        aria-controls={`${id}-table`}
        onClick={() => setTable(!table)}
      >
        {t(table ? 'dashboard.trend.hideTable' : 'dashboard.trend.showTable')}
      </button>
      <div id={`${id}-table`} className={table ? 'table-scroll' : 'visually-hidden'}>
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, i) => (
              <tr key={labels[i]}>
                <th scope="row">{labels[i]}</th>
                {cells.map((c, j) => (
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
