import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import type { ApiError } from '@/lib/api/problem';
import { useI18n } from '@/lib/i18n/i18n';
import { TASK_STATUSES, type Task, type TaskStatus } from '../api/types';
import { useMeetingChanges } from '../offline/use-meeting-outbox';

type Sending = { state: 'idle' } | { state: 'queued' } | { state: 'sent' } | { state: 'failed'; error: ApiError };

/**
 * A member reports progress on a task assigned to them: the status and a note on what was done. It goes
 * through the meeting's outbox like the secretary's changes, so on a weak connection it is kept on the
 * phone and sent when the network returns; a task someone else updated meanwhile is shown, never overwritten.
 */
export function MyTaskProgress({ task }: { task: Task }) {
  const { t } = useI18n();
  const { enqueue } = useMeetingChanges(task.meetingId);
  const [status, setStatus] = useState<TaskStatus>(task.status);
  const [result, setResult] = useState(task.result ?? '');
  const [sending, setSending] = useState<Sending>({ state: 'idle' });
  const id = `task-${task.id}`;

  const submit = async () => {
    setSending({ state: 'queued' });
    const outcome = await enqueue(
      { kind: 'task.update', taskId: task.id, patch: { status, result: result.trim() || null } },
      task.version,
    );
    // The outbox refreshes "my tasks" once it has sent (or met a newer version): nothing to reload here.
    if (outcome.status === 'sent') setSending({ state: 'sent' });
    else if (outcome.status !== 'queued') setSending({ state: 'failed', error: outcome.error });
  };

  return (
    <details className="task-progress">
      <summary className="btn btn-secondary">{t('meetings.myTasks.report')}</summary>
      <form
        aria-label={t('meetings.myTasks.reportOf', { title: task.title })}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field name={`${id}-status`} label={t('tasks.status')}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value as TaskStatus)}>
              {TASK_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`tasks.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name={`${id}-result`} label={t('meetings.myTasks.note')} hint={t('meetings.myTasks.noteHint')}>
          {(p) => (
            <textarea {...p} rows={3} maxLength={5000} value={result} onChange={(e) => setResult(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="btn btn-primary">
          {t('meetings.myTasks.send')}
        </button>
        <p role="status" className="muted small">
          {sending.state === 'queued' && t('meetings.myTasks.queued')}
          {sending.state === 'sent' && t('meetings.myTasks.sent')}
        </p>
        {sending.state === 'failed' && <ErrorMessage error={sending.error} />}
      </form>
    </details>
  );
}
