import { useState } from 'react';
import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { ChipChoice } from '@/components/chip-choice';
import { EmptyState } from '@/components/empty-state';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { ExportButtons } from '@/components/export-buttons';
import { exportList } from '@/lib/api/download';
import { COVERED, useSupervisionCoverage } from '../api/get-supervision-coverage';
import { useVisits } from '../api/list-visits';
import type { CoverageFilter, SupervisionCoverage } from '../api/types';
import { shiftQuarter } from '../logic/coverage';

const FILTERS: CoverageFilter[] = ['ALL', 'NOT_COVERED', 'COVERED'];

/**
 * Supervision of a committee's cells per quarter: who was visited, how often, by whom; the visits. The totals are over
 * the whole subtree; the cells (not covered first) and the visits come a page at a time.
 */
export function CoverageView({
  organizationId,
  initial,
  initialFilter = 'ALL',
}: {
  organizationId: string;
  initial: { year: number; quarter: number };
  initialFilter?: CoverageFilter;
}) {
  const { t } = useI18n();
  const [period, setPeriodState] = useState(initial);
  const [filter, setFilter] = useState<CoverageFilter>(initialFilter);
  const [page, setPage] = useState(0);
  const setPeriod = (next: { year: number; quarter: number }) => {
    setPeriodState(next);
    setPage(0);
  };
  const query = useSupervisionCoverage(organizationId, period.year, period.quarter, filter, page);
  const label = t('supervision.period', { quarter: period.quarter, year: period.year });
  return (
    <div className="supervision-coverage">
      <div className="year-switch" role="group" aria-label={label}>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => setPeriod(shiftQuarter(period.year, period.quarter, -1))}
        >
          {t('supervision.prev')}
        </button>
        <strong>{label}</strong>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => setPeriod(shiftQuarter(period.year, period.quarter, 1))}
        >
          {t('supervision.next')}
        </button>
      </div>
      <QueryView query={query}>
        {(data) => (
          <div className={query.isPlaceholderData ? 'stale' : undefined}>
            <Totals coverage={data} />
            <ChipChoice
              className="chips section-gap"
              name="coverage-filter"
              label={t('supervision.filter')}
              options={FILTERS}
              value={filter}
              onChange={(f) => {
                setFilter(f);
                setPage(0);
              }}
              optionLabel={(f) => t(`supervision.filter.${f}`)}
            />
            <ExportButtons
              download={(format) =>
                exportList(
                  '/api/v1/organizations/{id}/supervision-coverage',
                  {
                    path: { id: organizationId },
                    query: { year: period.year, quarter: period.quarter, covered: COVERED[filter] },
                  },
                  format,
                  `du-sinh-hoat-${period.year}-Q${period.quarter}`,
                )
              }
            />
            <CoverageTable coverage={data} />
            <Pager
              page={data.page}
              size={data.size}
              total={data.totalCells}
              onPage={setPage}
              label={`${t('pager.label')}: ${t('supervision.byCell')}`}
            />
            <Visits key={`${data.from}-${data.to}`} organizationId={organizationId} from={data.from} to={data.to} />
          </div>
        )}
      </QueryView>
    </div>
  );
}

function Totals({ coverage: c }: { coverage: SupervisionCoverage }) {
  const { t, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="sv-totals">
      <h2 id="sv-totals" className="section-title">
        {t('supervision.totals')}
      </h2>
      <p className="muted">
        {t('common.period', { from: formatDate(c.from, locale), to: formatDate(c.to, locale) })} ·{' '}
        {t('supervision.requiredPerCell', { count: c.requiredPerCell })}
      </p>
      <dl className="figure-grid">
        <div>
          <dt>{t('supervision.cells')}</dt>
          <dd>{c.totals.cells}</dd>
        </div>
        <div>
          <dt>{t('supervision.covered')}</dt>
          <dd>{c.totals.covered}</dd>
        </div>
        <div>
          <dt>{t('supervision.notCovered')}</dt>
          <dd>{c.totals.notCovered}</dd>
        </div>
        <div>
          <dt>{t('supervision.visits')}</dt>
          <dd>{c.totals.visits}</dd>
        </div>
      </dl>
    </section>
  );
}

function CoverageTable({ coverage }: { coverage: SupervisionCoverage }) {
  const { t } = useI18n();
  if (coverage.cells.length === 0) return <EmptyState title={t('supervision.noCells')} />;
  return (
    <section className="card" aria-labelledby="sv-cells">
      <h2 id="sv-cells" className="section-title">
        {t('supervision.byCell')}
      </h2>
      <div className="table-scroll">
        <table className="data-table coverage-table">
          <thead>
            <tr>
              <th scope="col">{t('inbox.col.cell')}</th>
              <th scope="col">{t('supervision.col.visits')}</th>
              <th scope="col">{t('supervision.col.people')}</th>
            </tr>
          </thead>
          <tbody>
            {coverage.cells.map((c) => (
              <tr key={c.organizationId} data-covered={c.covered}>
                <th scope="row">
                  <Link href={paths.organizationMeetings.build(c.organizationId)}>{c.organizationName}</Link>
                </th>
                <td>
                  {c.visits}/{c.required}{' '}
                  <span className={c.covered ? 'badge status-official' : 'badge badge-danger'}>
                    {c.covered ? t('supervision.covered') : t('supervision.notCovered')}
                  </span>
                </td>
                <td>
                  <span className="block-comment">
                    {t('supervision.assigned', { names: c.supervisors.join(', ') || '–' })}
                  </span>
                  <span className="block-comment muted small">
                    {t('supervision.visitedBy', { names: c.visitors.join(', ') || '–' })}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Visits({ organizationId, from, to }: { organizationId: string; from: string; to: string }) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(0);
  const q = useVisits(organizationId, from, to, page);
  return (
    <section className="card" aria-labelledby="sv-visits">
      <h2 id="sv-visits" className="section-title">
        {t('supervision.visitList')}
      </h2>
      <ExportButtons
        download={(format) =>
          exportList(
            '/api/v1/organizations/{id}/visits',
            { path: { id: organizationId }, query: { from, to } },
            format,
            `lan-du-sinh-hoat-${from}-${to}`,
          )
        }
      />
      <QueryView query={q} empty={t('supervision.noVisits')} isEmpty={(data) => data.total === 0}>
        {(data) => (
          <>
            <ul className="plain-list plan-items">
              {data.items.map((v) => (
                <li key={v.id}>
                  <p className="card-title">
                    {v.cellName} · {formatDate(v.visitedOn, locale)}
                  </p>
                  <p className="muted small">
                    {v.supervisorName ?? v.supervisorUsername} · {t(`supervision.basis.${v.basis}`)}
                    {v.meetingStart && (
                      <>
                        {' · '}
                        <Link href={paths.meeting.build(v.meetingId)}>{formatDateTime(v.meetingStart, locale)}</Link>
                      </>
                    )}
                  </p>
                  {v.comments && <p className="pre-wrap">{v.comments}</p>}
                  {v.problems.length > 0 && (
                    <ul className="reasons">
                      {v.problems.map((p, i) => (
                        <li key={i}>{p}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
            <Pager
              page={data.page}
              size={data.size}
              total={data.total}
              onPage={setPage}
              label={`${t('pager.label')}: ${t('supervision.visitList')}`}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}
