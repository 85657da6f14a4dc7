import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { ExportButtons } from '@/components/export-buttons';
import { Field } from '@/components/field';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { formatDate, formatNumber, formatPercent, todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { exportDashboardCells } from '../api/export-dashboard-cells';
import { useDashboard } from '../api/get-dashboard';
import { useDashboardCells } from '../api/list-dashboard-cells';
import type { DashboardCellRow, DashboardOverview, DashboardRegime, DashboardSort } from '../api/types';
import { currentPeriod, displayPeriod, periodKind, recentPeriods, type PeriodKind } from '../logic/periods';
import { isCountTarget, RATING_TARGETS, targetStatus, targetText } from '../logic/targets';
import { trendEnd } from '../logic/trend';
import { TrendCharts } from './trend-charts';

const SIZE = 20;
const KINDS: PeriodKind[] = ['month', 'quarter', 'year'];
const SORTS: DashboardSort[] = ['name', '-attendanceRate', 'attendanceRate', '-overdueItems', 'lastVisit'];
const REGIMES: DashboardRegime[] = ['MET', 'NOT_MET'];

/**
 * The committee's home: the period picker, the overview cards (each figure links to the list behind it)
 * and the per-cell grid, whose rows lead to each cell's meetings.
 */
export function DashboardView({
  organizationId,
  period,
  regime,
}: {
  organizationId: string;
  period: string;
  regime?: DashboardRegime;
}) {
  const { t } = useI18n();
  const overview = useDashboard(organizationId, period);
  return (
    <div className="dashboard">
      <PeriodPicker organizationId={organizationId} period={period} />
      <QueryView query={overview}>
        {(data) => <OverviewCards organizationId={organizationId} overview={data} />}
      </QueryView>
      <TrendCharts
        organizationId={organizationId}
        to={trendEnd(period, currentPeriod('month', todayInVietnam()))}
        attendanceTarget={overview.data?.attendance.targetPercent}
      />
      <section aria-labelledby="dashboard-grid">
        <h2 id="dashboard-grid" className="section-title">
          {t('dashboard.grid')}
        </h2>
        <CellGrid key={`${period}|${regime ?? ''}`} organizationId={organizationId} period={period} regime={regime} />
      </section>
    </div>
  );
}

function PeriodPicker({ organizationId, period }: { organizationId: string; period: string }) {
  const { t, lang } = useI18n();
  const today = todayInVietnam();
  const kind = periodKind(period);
  const go = (next: string) => paths.dashboard.build(organizationId, { period: next });
  return (
    <div className="toolbar">
      <div className="chips" role="group" aria-label={t('dashboard.periodKind')}>
        {KINDS.map((k) => (
          <Link key={k} href={go(currentPeriod(k, today))} className={k === kind ? 'chip on' : 'chip'}>
            {t(`dashboard.kind.${k}`)}
          </Link>
        ))}
      </div>
      <PeriodSelect key={period} period={period} options={recentPeriods(kind, today)} lang={lang} to={go} />
    </div>
  );
}

function PeriodSelect({
  period,
  options,
  lang,
  to,
}: {
  period: string;
  options: string[];
  lang: string;
  to: (period: string) => string;
}) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const choices = options.includes(period) ? options : [period, ...options];
  return (
    <Field name="period" label={t('dashboard.period')}>
      {(p) => (
        <select {...p} value={period} onChange={(e) => navigate(to(e.target.value))}>
          {choices.map((o) => (
            <option key={o} value={o}>
              {displayPeriod(o, lang)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function OverviewCards({ organizationId, overview: o }: { organizationId: string; overview: DashboardOverview }) {
  const { t, locale, lang } = useI18n();
  const n = (value: number) => formatNumber(value, locale);
  const grid = (regime?: DashboardRegime) => paths.dashboard.build(organizationId, { period: o.period, regime });
  return (
    <div className="card-grid">
      <Card title={t('dashboard.regime')}>
        <p>
          <Link href={grid('MET')}>{t('dashboard.regime.met', { count: n(o.regime.met) })}</Link>
        </p>
        <p>
          <Link href={grid('NOT_MET')}>{t('dashboard.regime.notMet', { count: n(o.regime.notMet) })}</Link>
        </p>
        <p className="muted">
          <Link href={grid()}>{t('dashboard.cellsHint', { count: n(o.cells) })}</Link>
          {' · '}
          {t('dashboard.regime.detail', { held: n(o.regime.regularHeld), prepared: n(o.regime.regularWithPreMeeting) })}
        </p>
      </Card>
      <Card title={t('dashboard.topical')}>
        <ul className="plain-list">
          {o.topical.map((q) => (
            <li key={q.quarter}>
              {t('dashboard.topical.quarter', {
                quarter: displayPeriod(q.quarter, lang),
                met: n(q.cellsMet),
                expected: n(q.cellsExpected),
                sessions: n(q.sessionsHeld),
              })}
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t('dashboard.attendance')}>
        <p className="figure">{formatPercent(o.attendance.rate, locale)}</p>
        {o.attendance.onTarget != null && (
          <p className={o.attendance.onTarget ? 'badge status-official' : 'badge badge-warn'}>
            {t(o.attendance.onTarget ? 'dashboard.attendance.onTarget' : 'dashboard.attendance.belowTarget')}
          </p>
        )}
        <p className="muted">
          {t('dashboard.attendance.detail', {
            present: n(o.attendance.present),
            expected: n(o.attendance.expected),
            meetings: n(o.attendance.meetings),
            target: o.attendance.targetPercent,
          })}
        </p>
      </Card>
      <Card title={t('dashboard.speaking')}>
        <p className="figure">{formatPercent(o.speaking.share, locale)}</p>
        <p className="muted">
          {t('dashboard.speaking.detail', {
            atTarget: n(o.speaking.atTarget),
            meetings: n(o.speaking.meetings),
            target: o.speaking.targetPercent,
          })}
        </p>
      </Card>
      <Card title={t('dashboard.ratings')}>
        <p className="muted">
          <Link href={paths.organizationQuality.build(organizationId)}>
            {t('dashboard.ratings.detail', { evaluated: n(o.ratings.evaluated), verified: n(o.ratings.verified) })}
          </Link>
        </p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{t('dashboard.ratings.self')}</th>
              <th scope="col">{t('dashboard.ratings.verified')}</th>
            </tr>
          </thead>
          <tbody>
            {(['GOOD', 'FAIR', 'AVERAGE', 'POOR'] as const).map((r) => (
              <tr key={r}>
                <th scope="row">{t(`dashboard.rating.${r}`)}</th>
                <td>{n(o.ratings.selfByLevel[r])}</td>
                <td>{n(o.ratings.verifiedByLevel[r])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title={t('dashboard.verifications')}>
        <p>
          <Link href={paths.organizationQuality.build(organizationId)}>
            {t('dashboard.verifications.detail', {
              pending: n(o.verifications.pending),
              overdue: n(o.verifications.overdue),
            })}
          </Link>
        </p>
        {o.verifications.overdue > 0 && (
          <p>
            <Link href={paths.organizationQuality.build(organizationId, { overdue: 'true' })}>
              {t('dashboard.verifications.overdueList', { count: n(o.verifications.overdue) })}
            </Link>
          </p>
        )}
      </Card>
      <Card title={t('dashboard.late')}>
        <p>
          <Link href={paths.planInbox.build(organizationId, { year: o.period.slice(0, 4), filter: 'LATE' })}>
            {t('dashboard.late.plans', { count: n(o.late.topicalPlans) })}
          </Link>
        </p>
        <p>
          <Link href={paths.monthlySchedule.build(organizationId)}>
            {t('dashboard.late.schedules', { count: n(o.late.monthlySchedules) })}
          </Link>
        </p>
      </Card>
      <Card title={t('dashboard.coverage')}>
        <Link href={paths.supervision.build(organizationId)}>
          {t('dashboard.coverage.detail', {
            quarter: displayPeriod(o.coverage.quarter, lang),
            covered: n(o.coverage.covered),
            cells: n(o.coverage.cells),
            required: o.coverage.required,
          })}
        </Link>
        {o.coverage.cells > o.coverage.covered && (
          <p>
            <Link href={paths.supervision.build(organizationId, { covered: 'false' })}>
              {t('dashboard.coverage.notCovered', { count: n(o.coverage.cells - o.coverage.covered) })}
            </Link>
          </p>
        )}
      </Card>
      <TargetsCard organizationId={organizationId} overview={o} />
      <Card title={t('dashboard.alerts')}>
        {o.openAlerts.every((a) => a.count === 0) ? (
          <p className="muted">{t('dashboard.alerts.none')}</p>
        ) : (
          <ul className="plain-list">
            {o.openAlerts
              .filter((a) => a.count > 0)
              .map((a) => (
                <li key={a.kind}>
                  <Link href={paths.organizationAlerts.build(organizationId)}>
                    {t(`alerts.kind.${a.kind}`)}: {n(a.count)}
                  </Link>
                </li>
              ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

/** Progress against the annual targets of the policy in force (BR-S5); "no data" before ratings are decided. */
function TargetsCard({ organizationId, overview: o }: { organizationId: string; overview: DashboardOverview }) {
  const { t, locale } = useI18n();
  const n = (value: number) => formatNumber(value, locale);
  const year = Number(o.period.slice(0, 4));
  return (
    <section className="card" aria-label={t('dashboard.targets')}>
      <h2 className="section-title">{t('dashboard.targets')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.targets.target')}</th>
            <th scope="col">{t('dashboard.targets.goal')}</th>
            <th scope="col">{t('dashboard.targets.value')}</th>
            <th scope="col">{t('dashboard.targets.status')}</th>
          </tr>
        </thead>
        <tbody>
          {o.targets.map((target) => {
            const status = targetStatus(target);
            const label = t(`dashboard.target.${target.code}`);
            return (
              <tr key={target.code}>
                <th scope="row">
                  {RATING_TARGETS.includes(target.code) ? (
                    <Link href={paths.annualRatings.build(organizationId, year)}>{label}</Link>
                  ) : (
                    label
                  )}
                </th>
                <td>{targetText(target, n)}</td>
                <td>
                  {target.value == null
                    ? t('dashboard.targets.noData')
                    : isCountTarget(target)
                      ? n(target.value)
                      : formatPercent(target.value, locale)}
                </td>
                <td>
                  {status === 'noData' ? (
                    '—'
                  ) : (
                    <span className={status === 'onTrack' ? 'badge status-official' : 'badge badge-warn'}>
                      {t(status === 'onTrack' ? 'dashboard.targets.onTrack' : 'dashboard.targets.offTrack')}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <Link href={paths.annualRatings.build(organizationId, year)}>{t('ratings.link')}</Link>
      </p>
    </section>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card" aria-label={title}>
      <h2 className="section-title">{title}</h2>
      {children}
    </section>
  );
}

function CellGrid({
  organizationId,
  period,
  regime: initialRegime,
}: {
  organizationId: string;
  period: string;
  regime?: DashboardRegime;
}) {
  const { t, locale, lang } = useI18n();
  const [text, setText] = useState('');
  const [regime, setRegime] = useState<DashboardRegime | ''>(initialRegime ?? '');
  const [sort, setSort] = useState<DashboardSort>('name');
  const [page, setPage] = useState(0);
  const q = useDebouncedValue(text, 300);
  const query = useDashboardCells(organizationId, {
    period,
    q: q.trim() || undefined,
    regime: regime || undefined,
    sort,
    page,
    size: SIZE,
  });
  return (
    <div>
      <div className="toolbar">
        <Field name="cell-search" label={t('dashboard.grid.search')}>
          {(p) => (
            <input
              {...p}
              type="search"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setPage(0);
              }}
            />
          )}
        </Field>
        <Field name="regime" label={t('dashboard.grid.regime')}>
          {(p) => (
            <select
              {...p}
              value={regime}
              onChange={(e) => {
                setRegime(e.target.value as DashboardRegime | '');
                setPage(0);
              }}
            >
              <option value="">{t('dashboard.grid.regime.any')}</option>
              {REGIMES.map((r) => (
                <option key={r} value={r}>
                  {t(`dashboard.grid.regime.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="sort" label={t('dashboard.grid.sort')}>
          {(p) => (
            <select
              {...p}
              value={sort}
              onChange={(e) => {
                setSort(e.target.value as DashboardSort);
                setPage(0);
              }}
            >
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`dashboard.grid.sort.${s}` as 'dashboard.grid.sort.name')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ExportButtons
          download={(format) =>
            exportDashboardCells(
              organizationId,
              { period, q: q.trim() || undefined, regime: regime || undefined, sort },
              format,
            )
          }
        />
      </div>
      <QueryView query={query} empty={t('dashboard.grid.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <div className={query.isPlaceholderData ? 'stale' : undefined}>
            <p className="muted" aria-live="polite">
              {t('dashboard.grid.count', { count: formatNumber(data.total, locale) })}
            </p>
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.grid.cell')}</th>
                    <th scope="col">{t('dashboard.grid.months')}</th>
                    <th scope="col">{t('dashboard.grid.topical')}</th>
                    <th scope="col">{t('dashboard.grid.attendance')}</th>
                    <th scope="col">{t('dashboard.grid.rating')}</th>
                    <th scope="col">{t('dashboard.grid.overdue')}</th>
                    <th scope="col">{t('dashboard.grid.lastVisit')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((row) => (
                    <CellGridRow key={row.organizationId} row={row} lang={lang} locale={locale} />
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              page={data.page}
              size={data.size}
              total={data.total}
              onPage={setPage}
              label={t('dashboard.grid.pages')}
            />
          </div>
        )}
      </QueryView>
    </div>
  );
}

function CellGridRow({ row, lang, locale }: { row: DashboardCellRow; lang: string; locale: string }) {
  const { t } = useI18n();
  return (
    <tr>
      <th scope="row">
        <Link href={paths.organizationMeetings.build(row.organizationId)}>{row.name}</Link>
        {row.parentName && <div className="muted">{row.parentName}</div>}
      </th>
      <td>
        <ul className="plain-list month-marks">
          {row.months.map((m) => {
            const month = displayPeriod(m.month, lang);
            const label =
              m.met == null
                ? t('dashboard.grid.notExpected', { month })
                : t(m.met ? 'dashboard.grid.met' : 'dashboard.grid.missed', { month });
            return (
              <li key={m.month} title={label} aria-label={label}>
                {m.met == null ? '–' : m.met ? '✓' : '✗'}
              </li>
            );
          })}
        </ul>
      </td>
      <td>{formatNumber(row.topicalHeld, locale)}</td>
      <td>{formatPercent(row.attendanceRate, locale)}</td>
      <td>{row.latestRating ? t(`dashboard.rating.${row.latestRating}`) : '—'}</td>
      <td>{formatNumber(row.overdueItems, locale)}</td>
      <td>{row.lastVisit ? formatDate(row.lastVisit, locale) : '—'}</td>
    </tr>
  );
}
