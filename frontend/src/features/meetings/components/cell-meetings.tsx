import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { YearSwitch } from '@/components/period-switch';
import { Spinner } from '@/components/spinner';
import { optionalInt, optionalText, serverFieldErrors, submitMutation } from '@/lib/form';
import { formatDate, formatTime, todayInVietnam, vietnamDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useCompliance } from '../api/get-compliance';
import { useMeetings } from '../api/list-meetings';
import { ExportButtons } from '@/components/export-buttons';
import { exportList } from '@/lib/api/download';
import { useScheduleMeeting } from '../api/schedule-meeting';
import { useScheduleRecurring } from '../api/schedule-recurring';
import type { Compliance, MeetingSummary } from '../api/types';
import { CalendarFeedButton } from './calendar-feed';
import { MeetingBadges } from './meeting-badges';
import { ScheduleMeetingForm } from './schedule-meeting-form';

/**
 * "Sinh hoạt" of a cell (its meetings by month, compliance for the year, scheduling), or for a
 * committee the calendar of every cell below it.
 */
export function CellMeetings({
  organizationId,
  isCell,
  canSchedule,
}: {
  organizationId: string;
  isCell: boolean;
  canSchedule: boolean;
}) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [panel, setPanel] = useState<'none' | 'schedule' | 'recurring'>('none');
  const meetings = useMeetings(organizationId, {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    includeSubtree: !isCell,
    size: 200,
  });
  const schedule = useScheduleMeeting(organizationId);

  return (
    <div className="cell-meetings">
      <div className="toolbar">
        <YearSwitch year={year} onChange={setYear} />
        <ExportButtons
          download={(format) =>
            exportList(
              '/api/v1/organizations/{id}/meetings',
              {
                path: { id: organizationId },
                query: { from: `${year}-01-01`, to: `${year}-12-31`, includeSubtree: !isCell },
              },
              format,
              `buoi-sinh-hoat-${year}`,
            )
          }
        />
      </div>

      {isCell && <ComplianceStrip organizationId={organizationId} year={year} />}

      {canSchedule && isCell && (
        <div className="button-row section-gap">
          <button
            type="button"
            className="btn btn-primary"
            aria-expanded={panel === 'schedule'}
            onClick={() => setPanel(panel === 'schedule' ? 'none' : 'schedule')}
          >
            {t('cellMeetings.schedule')}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            aria-expanded={panel === 'recurring'}
            onClick={() => setPanel(panel === 'recurring' ? 'none' : 'recurring')}
          >
            {t('cellMeetings.recurring')}
          </button>
        </div>
      )}
      {panel === 'schedule' && (
        <ScheduleMeetingForm
          organizationId={organizationId}
          title={t('schedule.title')}
          submitting={schedule.isPending}
          error={schedule.error}
          onCancel={() => setPanel('none')}
          onSubmit={(body) =>
            void submitMutation(schedule.mutateAsync, body, (created) => navigate(paths.meeting.build(created.id)))
          }
        />
      )}
      {panel === 'recurring' && (
        <RecurringForm organizationId={organizationId} year={year} onDone={() => setPanel('none')} />
      )}

      <section className="card" aria-labelledby="cell-meetings-list">
        <h2 id="cell-meetings-list" className="section-title">
          {t('cellMeetings.list')}
        </h2>
        {meetings.isPending ? (
          <Spinner />
        ) : meetings.isError ? (
          <ErrorMessage error={meetings.error} onRetry={() => void meetings.refetch()} />
        ) : meetings.data.items.length === 0 ? (
          <EmptyState title={t('cellMeetings.empty')} />
        ) : (
          <MeetingsByMonth meetings={meetings.data.items} showOrganization={!isCell} />
        )}
      </section>

      {isCell && <CalendarFeedButton scope="CELL" organizationId={organizationId} />}
    </div>
  );
}

function MeetingsByMonth({ meetings, showOrganization }: { meetings: MeetingSummary[]; showOrganization: boolean }) {
  const { t } = useI18n();
  const groups = new Map<number, MeetingSummary[]>();
  for (const m of [...meetings].sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart))) {
    const month = Number(vietnamDateTime(m.scheduledStart).date.slice(5, 7));
    groups.set(month, [...(groups.get(month) ?? []), m]);
  }
  return (
    <div className="months">
      {[...groups.entries()].map(([month, items]) => (
        <section key={month} aria-labelledby={`month-${month}`}>
          <h3 id={`month-${month}`} className="month-title">
            {t('cellMeetings.month', { month })}
          </h3>
          <ul className="meeting-list">
            {items.map((m) => (
              <li key={m.id}>
                <MeetingCard meeting={m} showOrganization={showOrganization} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function MeetingCard({ meeting: m, showOrganization }: { meeting: MeetingSummary; showOrganization?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <Link href={paths.meeting.build(m.id)} className="meeting-card">
      <span className="meeting-card-date">
        <strong>{formatDate(vietnamDateTime(m.scheduledStart).date, locale)}</strong>
        <span>{formatTime(m.scheduledStart, locale)}</span>
      </span>
      <span className="meeting-card-body">
        <span className="meeting-card-title">
          {t(`meeting.type.${m.type}`)}
          {m.title ? `: ${m.title}` : ''}
        </span>
        {showOrganization && <span className="muted">{m.organizationName}</span>}
        {m.place && <span className="muted">{m.place}</span>}
        <MeetingBadges meeting={m} />
      </span>
    </Link>
  );
}

type MonthState = 'held' | 'scheduled' | 'missed' | 'future';

function monthState(m: Compliance['months'][number], year: number, today: string): MonthState {
  if (m.regularHeld) return 'held';
  if (m.regularScheduled) return 'scheduled';
  const monthEnd = new Date(Date.UTC(year, m.month, 0)).toISOString().slice(0, 10);
  return monthEnd < today ? 'missed' : 'future';
}

const MARK: Record<MonthState, string> = { held: '✓', scheduled: '◷', missed: '✕', future: '·' };

/** Twelve months (a regular meeting held?) and four quarters (a topical one?), compactly. */
export function ComplianceStrip({ organizationId, year }: { organizationId: string; year: number }) {
  const { t } = useI18n();
  const q = useCompliance(organizationId, year);
  const today = todayInVietnam();
  return (
    <section className="card compliance" aria-labelledby="compliance-title">
      <h2 id="compliance-title" className="section-title">
        {t('compliance.title', { year })}
      </h2>
      {q.isPending ? (
        <Spinner />
      ) : q.isError ? (
        <ErrorMessage error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <ol className="compliance-months" aria-label={t('compliance.months')}>
            {q.data.months.map((m) => {
              const state = monthState(m, year, today);
              const label = `${t('cellMeetings.month', { month: m.month })}: ${t(`compliance.${state}`)}`;
              const body = (
                <>
                  <span aria-hidden="true">{t('compliance.month', { month: m.month })}</span>
                  <span aria-hidden="true" className="mark">
                    {MARK[state]}
                  </span>
                  <span className="visually-hidden">{label}</span>
                </>
              );
              return (
                <li key={m.month} className={`compliance-cell ${state}`} title={label}>
                  {m.meetingId ? <Link href={paths.meeting.build(m.meetingId)}>{body}</Link> : <span>{body}</span>}
                </li>
              );
            })}
          </ol>
          <ol className="compliance-quarters" aria-label={t('compliance.quarters')}>
            {q.data.quarters.map((qq) => {
              const quarterEnd = new Date(Date.UTC(year, qq.quarter * 3, 0)).toISOString().slice(0, 10);
              const state: MonthState = qq.topicalHeld ? 'held' : quarterEnd < today ? 'missed' : 'future';
              return (
                <li key={qq.quarter} className={`compliance-cell ${state}`}>
                  <span>
                    {t('compliance.quarter', { quarter: qq.quarter })} <span aria-hidden="true">{MARK[state]}</span>
                    <span className="visually-hidden">: {t(`compliance.${state}`)}</span>
                  </span>
                </li>
              );
            })}
          </ol>
          <p className="hint">{t('compliance.legend')}</p>
        </>
      )}
    </section>
  );
}

function RecurringForm({ organizationId, year, onDone }: { organizationId: string; year: number; onDone: () => void }) {
  const { t } = useI18n();
  const mutation = useScheduleRecurring(organizationId);
  const [v, setV] = useState({ year: String(year), day: '4', time: '19:30', place: '', duration: '' });
  const [done, setDone] = useState<number | null>(null);
  const server = serverFieldErrors(mutation.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void submitMutation(
      mutation.mutateAsync,
      {
        year: Number(v.year),
        dayOfMonth: Number(v.day),
        time: v.time,
        place: optionalText(v.place),
        plannedDurationMinutes: optionalInt(v.duration),
      },
      (created) => setDone(created.length),
    );
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="recurring-title">
      <h2 id="recurring-title" className="section-title">
        {t('recurring.title')}
      </h2>
      <ErrorMessage error={mutation.error} hideFields={Object.keys(server)} />
      {done !== null && (
        <p className="alert alert-success" role="status">
          {t('recurring.done', { count: done })}
        </p>
      )}
      <div className="form-grid">
        <Field name="year" label={t('recurring.year')} required error={server.year}>
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              value={v.year}
              onChange={(e) => setV({ ...v, year: e.target.value })}
            />
          )}
        </Field>
        <Field
          name="dayOfMonth"
          label={t('recurring.day')}
          hint={t('recurring.dayHint')}
          required
          error={server.dayOfMonth}
        >
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              min={1}
              max={31}
              value={v.day}
              onChange={(e) => setV({ ...v, day: e.target.value })}
            />
          )}
        </Field>
        <Field name="time" label={t('recurring.time')} required error={server.time}>
          {(p) => <input {...p} type="time" value={v.time} onChange={(e) => setV({ ...v, time: e.target.value })} />}
        </Field>
        <Field name="place" label={t('schedule.place')} error={server.place}>
          {(p) => <input {...p} type="text" value={v.place} onChange={(e) => setV({ ...v, place: e.target.value })} />}
        </Field>
        <Field name="plannedDurationMinutes" label={t('schedule.duration')} error={server.plannedDurationMinutes}>
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              value={v.duration}
              onChange={(e) => setV({ ...v, duration: e.target.value })}
            />
          )}
        </Field>
      </div>
      <p className="hint">{t('recurring.skipHint')}</p>
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('common.saving') : t('recurring.submit')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
