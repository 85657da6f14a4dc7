import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '@/lib/auth/auth-context';
import { problemOf, type OutboxSnapshot } from '@/lib/offline/outbox';
import { formatDateTime, formatTime } from '@/lib/format';
import { useI18n, type I18n } from '@/lib/i18n/i18n';
import { meetingKeys, type Meeting, type Minutes, type Resolution } from '../api/types';
import type { MeetingOp, QueuedMeetingOp } from '../offline/meeting-ops';
import { useMeetingContext } from './meeting-context';

const clip = (s: string | null | undefined, n = 140) => {
  const v = (s ?? '').trim();
  return v.length > n ? `${v.slice(0, n)}…` : v || '—';
};

export function describeKind(op: MeetingOp, t: I18n['t'], meeting: Meeting | undefined): string {
  switch (op.kind) {
    case 'attendance':
      return t('outbox.kind.attendance', {
        name: meeting?.attendance.find((a) => a.memberId === op.memberId)?.fullName ?? '',
      });
    case 'vote.add':
      return t('outbox.kind.vote.add', { subject: op.vote.subject });
    case 'task.add':
      return t('outbox.kind.task.add', { title: op.task.title });
    default:
      return t(`outbox.kind.${op.kind}`);
  }
}

/** What the change would set, in words. */
function describeMine(op: MeetingOp, t: I18n['t'], locale: string): string {
  switch (op.kind) {
    case 'attendance':
      return [
        t(`attendance.status.${op.status}`),
        op.reasonCategory && t(`attendance.reason.${op.reasonCategory}`),
        op.reasonText,
      ]
        .filter(Boolean)
        .join(' · ');
    case 'times':
      return `${formatDateTime(op.actualStart, locale)} – ${formatTime(op.actualEnd, locale)}`;
    case 'agenda':
      return op.items.map((i) => i.title).join('; ');
    case 'minutes':
      return clip(op.freeText);
    case 'resolution':
      return clip([op.update.number, op.update.title].filter(Boolean).join(' '));
    case 'task.update':
      return [op.patch.status && t(`tasks.status.${op.patch.status}`), op.patch.result].filter(Boolean).join(' · ');
    case 'postpone':
    case 'cancel':
      return op.reason;
    default:
      return '';
  }
}

/** What the server holds now for the same record (after the conflict the screen reloaded it). */
function describeTheirs(
  op: MeetingOp,
  t: I18n['t'],
  locale: string,
  meeting: Meeting | undefined,
  minutes: Minutes | undefined,
  resolution: Resolution | undefined,
): string {
  if (!meeting) return '…';
  switch (op.kind) {
    case 'attendance': {
      const a = meeting.attendance.find((x) => x.memberId === op.memberId);
      return a
        ? [
            t(`attendance.status.${a.status}`),
            a.reasonCategory && t(`attendance.reason.${a.reasonCategory}`),
            a.reasonText,
          ]
            .filter(Boolean)
            .join(' · ')
        : '—';
    }
    case 'times':
      return meeting.actualStart
        ? `${formatDateTime(meeting.actualStart, locale)} – ${formatTime(meeting.actualEnd, locale)}`
        : '—';
    case 'agenda':
      return meeting.agenda.map((i) => i.title).join('; ') || '—';
    case 'publish':
      return meeting.publication?.publishedAt ? formatDateTime(meeting.publication.publishedAt, locale) : '—';
    case 'notify':
    case 'postpone':
    case 'cancel':
      return t(`meeting.status.${meeting.status}`);
    case 'minutes':
    case 'minutes.approve':
      return minutes ? (minutes.approved ? t('meeting.status.APPROVED') : clip(minutes.freeText)) : '…';
    case 'resolution':
      return resolution ? clip([resolution.number, resolution.title].filter(Boolean).join(' ')) : '…';
    case 'task.update': {
      const task =
        meeting.openTasksToReview?.find((x) => x.id === op.taskId) ?? resolution?.tasks.find((x) => x.id === op.taskId);
      return task ? [t(`tasks.status.${task.status}`), task.result].filter(Boolean).join(' · ') : '—';
    }
    default:
      return '—';
  }
}

/** The server's current version of the record a conflicting change was meant for. */
function currentVersion(op: QueuedMeetingOp, meeting?: Meeting, minutes?: Minutes, resolution?: Resolution) {
  if (op.error?.currentVersion !== undefined) return op.error.currentVersion;
  const p = op.payload;
  if (p.kind === 'attendance') return meeting?.attendance.find((a) => a.memberId === p.memberId)?.version;
  if (op.entity === 'meeting') return meeting?.version;
  if (op.entity === 'minutes') return minutes?.version;
  if (op.entity === 'resolution') return resolution?.version;
  if (p.kind === 'task.update')
    return (
      meeting?.openTasksToReview?.find((x) => x.id === p.taskId)?.version ??
      resolution?.tasks.find((x) => x.id === p.taskId)?.version
    );
  return undefined;
}

/**
 * What is not saved yet ("Chưa lưu", count, why), the changes someone else overtook (with the
 * server's data and a choice), and what the server refused.
 */
export function OutboxStatus({ meetingId, snapshot }: { meetingId: string; snapshot: OutboxSnapshot<MeetingOp> }) {
  const { t, locale, lang } = useI18n();
  const auth = useAuth();
  const qc = useQueryClient();
  const { meeting, outbox } = useMeetingContext();
  const serverMeeting = qc.getQueryData<Meeting>(meetingKeys.detail(meetingId));
  const minutes = qc.getQueryData<Minutes>(meetingKeys.minutes(meetingId));
  const resolution = qc.getQueryData<Resolution>(meetingKeys.resolution(meetingId));
  const pendingCount = snapshot.ops.filter((o) => o.state === 'pending').length;
  const conflicts = snapshot.ops.filter((o) => o.state === 'conflict');
  // The session ended while changes wait: they stay stored through the login and are sent after it.
  const signedOut = snapshot.waitingForNetwork && snapshot.ops.some((o) => o.error?.status === 401);

  return (
    <div className="outbox" aria-live="polite">
      {pendingCount > 0 ? (
        <div className={`outbox-bar ${snapshot.waitingForNetwork ? 'offline' : ''}`} role="status">
          <p className="outbox-text">
            <strong className="unsaved-count">{t('outbox.unsaved', { count: pendingCount })}</strong>
            {snapshot.sending && <span> · {t('outbox.sending')}</span>}
            {snapshot.waitingForNetwork && !signedOut && (
              <span className="outbox-why">
                {' '}
                {t('outbox.offline')}{' '}
                {snapshot.nextRetryAt &&
                  t('outbox.retryAt', { time: formatTime(new Date(snapshot.nextRetryAt).toISOString(), locale) })}
              </span>
            )}
          </p>
          {signedOut && (
            <p>
              {t('error.unauthorized.title')}.{' '}
              <button type="button" className="btn btn-primary" onClick={() => void auth.login({ locale: lang })}>
                {t('auth.login')}
              </button>
            </p>
          )}
          {!snapshot.sending && (
            <button type="button" className="btn btn-secondary" onClick={() => void outbox.retry()}>
              {t('outbox.retry')}
            </button>
          )}
        </div>
      ) : (
        conflicts.length === 0 && (
          <p className="saved-note" role="status">
            ✓ {t('outbox.saved')}
          </p>
        )
      )}
      {conflicts.map((op) => (
        <div key={op.id} className="alert alert-warning conflict" role="alert">
          <p className="alert-title">{t('outbox.conflict.title', { what: describeKind(op.payload, t, meeting) })}</p>
          {op.error?.detail && <p className="muted">{op.error.detail}</p>}
          <p>
            {t('outbox.conflict.theirs', {
              value: describeTheirs(op.payload, t, locale, serverMeeting, minutes, resolution),
            })}
          </p>
          <p>{t('outbox.conflict.mine', { value: describeMine(op.payload, t, locale) || '—' })}</p>
          <div className="button-row">
            <button type="button" className="btn btn-secondary" onClick={() => outbox.resolveConflict(op.id, 'theirs')}>
              {t('outbox.conflict.keepTheirs')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() =>
                outbox.resolveConflict(op.id, 'mine', currentVersion(op, serverMeeting, minutes, resolution))
              }
            >
              {t('outbox.conflict.applyMine')}
            </button>
          </div>
        </div>
      ))}
      {snapshot.rejected.map((op) => {
        const problem = problemOf(op);
        return (
          <div key={op.id} className="alert alert-error" role="alert">
            <p className="alert-title">{t('outbox.rejected.title', { what: describeKind(op.payload, t, meeting) })}</p>
            {problem && <p>{problem.detail ?? problem.title}</p>}
            {problem && problem.errors.length > 0 && (
              <ul className="problem-items">
                {problem.errors.map((e, i) => (
                  <li key={i}>{e.message}</li>
                ))}
              </ul>
            )}
            <button type="button" className="btn btn-secondary" onClick={() => outbox.dismissRejected(op.id)}>
              {t('outbox.rejected.dismiss')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
