import { useState } from 'react';
import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Pager } from '@/components/pager';
import { MonthSwitch } from '@/components/period-switch';
import { QueryView } from '@/components/query-view';
import { formatDate, formatDateTime, formatTime, vietnamDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { ExportButtons } from '@/components/export-buttons';
import { exportList } from '@/lib/api/download';
import { useMonthlySchedule } from '../api/get-monthly-schedule';
import { useSendMonthlySchedule } from '../api/send-monthly-schedule';
import type { MonthlySchedule } from '../api/types';

/**
 * A committee's schedule of its cells' meetings for a month: the meetings, the cells with nothing
 * planned (gaps), who receives it, and "send" with the time it was sent. Both lists grow with the
 * subtree: one pager turns the same page of each.
 */
export function MonthlyScheduleView({
  organizationId,
  initialMonth,
  maySend,
  namesCommittee = false,
}: {
  organizationId: string;
  initialMonth: string;
  maySend: boolean;
  /** Name the committee from the schedule: the page header cannot (its reader may not read the committee). */
  namesCommittee?: boolean;
}) {
  const { t } = useI18n();
  const [month, setMonth] = useState(initialMonth);
  const [page, setPage] = useState(0);
  const query = useMonthlySchedule(organizationId, month, page);
  return (
    <div className="monthly-schedule">
      <MonthSwitch
        month={month}
        onChange={(m) => {
          setMonth(m);
          setPage(0);
        }}
      />
      <QueryView query={query}>
        {(data) => (
          <div className={query.isPlaceholderData ? 'stale' : undefined}>
            {namesCommittee && <p className="muted schedule-committee">{data.organizationName}</p>}
            <SendState key={month} organizationId={organizationId} schedule={data} page={page} maySend={maySend} />
            <Gaps schedule={data} />
            <ExportButtons
              download={(format) =>
                exportList(
                  '/api/v1/organizations/{id}/monthly-schedules/{month}',
                  { path: { id: organizationId, month } },
                  format,
                  `lich-sinh-hoat-${month}`,
                )
              }
            />
            <Entries schedule={data} />
            <Pager
              page={data.page}
              size={data.size}
              total={Math.max(data.totalEntries, data.totalGaps)}
              onPage={setPage}
              label={`${t('pager.label')}: ${t('monthly.title')}`}
            />
            {data.recipients.length > 0 && (
              <section className="card" aria-labelledby="ms-recipients">
                <h2 id="ms-recipients" className="section-title">
                  {t('monthly.recipients')}
                </h2>
                <ul className="plain-list">
                  {data.recipients.map((r) => (
                    <li key={`${r.username}-${r.reason}`}>
                      {r.username} <span className="badge">{t(`monthly.reason.${r.reason}`)}</span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        )}
      </QueryView>
    </div>
  );
}

function SendState({
  organizationId,
  schedule: s,
  page,
  maySend,
}: {
  organizationId: string;
  schedule: MonthlySchedule;
  page: number;
  maySend: boolean;
}) {
  const { t, locale } = useI18n();
  const send = useSendMonthlySchedule(organizationId, s.month, page);
  return (
    <section className="card schedule-state" aria-labelledby="ms-state">
      <h2 id="ms-state" className="section-title">
        {t('monthly.state')}
      </h2>
      <p>
        {t('monthly.due', { date: formatDate(s.dueDate, locale) })}
        {s.late && !s.sentAt && <span className="badge badge-danger"> {t('monthly.late')}</span>}
      </p>
      {s.sentAt ? (
        <p className="alert alert-success schedule-sent" role="status">
          {t('monthly.sentAt', { when: formatDateTime(s.sentAt, locale), by: s.sentBy ?? '' })}
        </p>
      ) : (
        <p className="muted">{t('monthly.notSent')}</p>
      )}
      <ErrorMessage error={send.error} />
      {maySend && (
        <button type="button" className="btn btn-primary" disabled={send.isPending} onClick={() => send.mutate()}>
          {send.isPending ? t('monthly.sending') : s.sentAt ? t('monthly.resend') : t('monthly.send')}
        </button>
      )}
    </section>
  );
}

function Gaps({ schedule }: { schedule: MonthlySchedule }) {
  const { t } = useI18n();
  if (schedule.totalGaps === 0)
    return (
      <p className="alert alert-success" role="status">
        {t('monthly.noGaps')}
      </p>
    );
  return (
    <section className="alert alert-warning schedule-gaps" aria-labelledby="ms-gaps">
      <p id="ms-gaps" className="alert-title">
        {t('monthly.gaps', { count: schedule.totalGaps })}
      </p>
      <ul>
        {schedule.gaps.map((g) => (
          <li key={g.organizationId}>
            <Link href={paths.organizationMeetings.build(g.organizationId)}>{g.organizationName}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Entries({ schedule }: { schedule: MonthlySchedule }) {
  const { t, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="ms-entries">
      <h2 id="ms-entries" className="section-title">
        {t('monthly.entries', { count: schedule.totalEntries })}
      </h2>
      {schedule.totalEntries === 0 ? (
        <EmptyState title={t('monthly.empty')} />
      ) : (
        <div className="table-scroll">
          <table className="data-table schedule-entries">
            <thead>
              <tr>
                <th scope="col">{t('monthly.col.when')}</th>
                <th scope="col">{t('monthly.col.cell')}</th>
                <th scope="col">{t('monthly.col.type')}</th>
              </tr>
            </thead>
            <tbody>
              {[...schedule.entries]
                .sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart))
                .map((e) => (
                  <tr key={e.meetingId}>
                    <td>
                      <Link href={paths.meeting.build(e.meetingId)}>
                        {formatDate(vietnamDateTime(e.scheduledStart).date, locale)}{' '}
                        {formatTime(e.scheduledStart, locale)}
                      </Link>
                    </td>
                    <td>
                      {e.organizationName}
                      {e.place && <span className="muted small block-comment">{e.place}</span>}
                    </td>
                    <td>
                      {t(`meeting.type.${e.type}`)} <span className="badge">{t(`meeting.status.${e.status}`)}</span>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
