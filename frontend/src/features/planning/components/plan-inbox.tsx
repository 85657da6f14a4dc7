import { useState } from 'react';
import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { ChipChoice } from '@/components/chip-choice';
import { EmptyState } from '@/components/empty-state';
import { Pager } from '@/components/pager';
import { YearSwitch } from '@/components/period-switch';
import { QueryView } from '@/components/query-view';
import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { ExportButtons } from '@/components/export-buttons';
import { exportList } from '@/lib/api/download';
import { useTopicalPlans } from '../api/list-topical-plans';
import type { InboxStatus, PlanInbox } from '../api/types';
import { INBOX_FILTERS, inboxQuery, type InboxFilter } from '../logic/inbox';
import { PlanStatusBadge } from './plan-status';
import { PushedTopics } from './pushed-topics';

/**
 * The committee's plan inbox: every cell's plan for the year, what is waiting, what is late, topics by group. The
 * counts are over the whole subtree; the cells come a page at a time, filtered by the server.
 */
export function PlanInboxView({
  organizationId,
  initialYear,
  initialFilter = 'ALL',
  mayPush,
}: {
  organizationId: string;
  initialYear: number;
  initialFilter?: InboxFilter;
  mayPush: boolean;
}) {
  const { t, locale } = useI18n();
  const [year, setYear] = useState(initialYear);
  const [filter, setFilter] = useState<InboxFilter>(initialFilter);
  const [page, setPage] = useState(0);
  const query = useTopicalPlans(organizationId, year, filter, page);
  return (
    <div className="plan-inbox">
      <YearSwitch
        year={year}
        onChange={(y) => {
          setYear(y);
          setPage(0);
        }}
      />
      <QueryView query={query}>
        {(data) => (
          <div className={query.isPlaceholderData ? 'stale' : undefined}>
            <p className="muted">{t('inbox.due', { date: formatDate(data.dueDate, locale) })}</p>
            <Counts counts={data.counts} />
            <ChipChoice
              className="chips section-gap"
              name="inbox-filter"
              label={t('inbox.filter')}
              options={INBOX_FILTERS}
              value={filter}
              onChange={(f) => {
                setFilter(f);
                setPage(0);
              }}
              optionLabel={(f) => t(`inbox.filter.${f}`)}
            />
            <ExportButtons
              download={(format) =>
                exportList(
                  '/api/v1/organizations/{id}/topical-plans',
                  { path: { id: organizationId }, query: { year, ...inboxQuery(filter) } },
                  format,
                  `ke-hoach-chuyen-de-${year}`,
                )
              }
            />
            <CellTable inbox={data} year={year} />
            <Pager
              page={data.page}
              size={data.size}
              total={data.totalCells}
              onPage={setPage}
              label={`${t('pager.label')}: ${t('inbox.title')}`}
            />
            <ByGroup inbox={data} />
            <PushedTopics key={year} organizationId={organizationId} year={year} mayPush={mayPush} />
          </div>
        )}
      </QueryView>
    </div>
  );
}

function CellTable({ inbox, year }: { inbox: PlanInbox; year: number }) {
  const { t, locale } = useI18n();
  const rows = inbox.cells;
  if (rows.length === 0) return <EmptyState title={t('inbox.empty')} />;
  return (
    <div className="table-scroll">
      <table className="data-table plan-inbox-table">
        <thead>
          <tr>
            <th scope="col">{t('inbox.col.cell')}</th>
            <th scope="col">{t('inbox.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.organizationId} data-status={c.status}>
              <th scope="row">
                <Link href={paths.topicalPlan.build(c.organizationId, year)}>{c.organizationName}</Link>
              </th>
              <td>
                <PlanStatusBadge status={c.status} late={c.late} />
                {c.submittedAt && (
                  <span className="muted small block-comment">
                    {t('inbox.submittedAt', { when: formatDateTime(c.submittedAt, locale) })}
                  </span>
                )}
                {c.itemCount > 0 && (
                  <span className="muted small block-comment">
                    {t('inbox.itemsHeld', { items: c.itemCount, held: c.heldCount })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const COUNT_KEYS: { key: keyof PlanInbox['counts']; status: InboxStatus | 'LATE' }[] = [
  { key: 'submitted', status: 'SUBMITTED' },
  { key: 'approved', status: 'APPROVED' },
  { key: 'returned', status: 'RETURNED' },
  { key: 'draft', status: 'DRAFT' },
  { key: 'none', status: 'NONE' },
  { key: 'late', status: 'LATE' },
];

function Counts({ counts }: { counts: PlanInbox['counts'] }) {
  const { t } = useI18n();
  return (
    <dl className="figure-grid plan-counts">
      {COUNT_KEYS.map(({ key, status }) => (
        <div key={key} data-count={key}>
          <dt>{status === 'LATE' ? t('plan.late') : t(`plan.status.${status}`)}</dt>
          <dd>{counts[key]}</dd>
        </div>
      ))}
    </dl>
  );
}

function ByGroup({ inbox }: { inbox: PlanInbox }) {
  const { t } = useI18n();
  return (
    <section className="card section-gap" aria-labelledby="inbox-groups">
      <h2 id="inbox-groups" className="section-title">
        {t('inbox.byGroup')}
      </h2>
      {inbox.byGroup.length === 0 ? (
        <EmptyState title={t('inbox.byGroupEmpty')} />
      ) : (
        <table className="data-table">
          <tbody>
            {inbox.byGroup.map((g) => (
              <tr key={g.code}>
                <th scope="row">{g.label}</th>
                <td>{g.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
