import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { Spinner } from '@/components/spinner';
import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDraft } from '@/lib/use-draft';
import { fetchResolutionPdf } from '../api/download-file';
import { useResolution } from '../api/get-resolution';
import {
  ASSIGNEE_KINDS,
  TASK_STATUSES,
  type AssigneeKind,
  type Resolution,
  type ResolutionKind,
  type ResolutionSection,
  type Task,
  type TaskStatus,
} from '../api/types';
import { overlayResolution, tempId } from '../offline/meeting-ops';
import { useMeetingContext } from './meeting-context';
import { useDownload } from './use-download';

interface ResolutionForm {
  /** The server version the text was typed on (kept with the draft across a reload). */
  baseVersion?: number;
  kind: ResolutionKind;
  number: string;
  title: string;
  sections: ResolutionSection[];
}

const fromResolution = (r: Resolution, baseVersion: number): ResolutionForm => ({
  baseVersion,
  kind: r.kind,
  number: r.number ?? '',
  title: r.title ?? '',
  sections: r.sections.length > 0 ? r.sections : [{ heading: '', body: '' }],
});

export function ResolutionStep() {
  const { t } = useI18n();
  const { meeting, outbox } = useMeetingContext();
  const query = useResolution(meeting.id);
  const download = useDownload();
  if (query.isPending) return <Spinner />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const resolution = overlayResolution(query.data, outbox.getSnapshot().ops);
  return (
    <div className="resolution-step">
      <ResolutionEditor
        key={`${query.data.version}:${outbox.getSnapshot().ops.filter((o) => o.payload.kind === 'resolution').length}`}
        server={query.data}
        shown={resolution}
      />
      <Tasks resolution={resolution} />
      <Publication />
      <OpenTasksReview />
      <div className="button-row">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={download.busy !== null}
          onClick={() =>
            void download.download('res', () => fetchResolutionPdf(meeting.id), `nghi-quyet-${meeting.id}.pdf`)
          }
        >
          {download.busy ? t('minutes.downloading') : t('resolution.pdf')}
        </button>
      </div>
      <ErrorMessage error={download.error} />
    </div>
  );
}

function ResolutionEditor({ server, shown }: { server: Resolution; shown: Resolution }) {
  const { t } = useI18n();
  const { meeting, editable, enqueue } = useMeetingContext();
  const draft = useDraft<ResolutionForm>(`resolution.${meeting.id}`, () => fromResolution(shown, server.version));
  const v = draft.value;
  const set = (patch: Partial<ResolutionForm>) => draft.update({ ...v, ...patch });
  const setSection = (i: number, patch: Partial<ResolutionSection>) =>
    set({ sections: v.sections.map((s, j) => (j === i ? { ...s, ...patch } : s)) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void enqueue(
      {
        kind: 'resolution',
        update: {
          kind: v.kind,
          number: v.number.trim() || null,
          title: v.title.trim() || null,
          sections: v.sections.filter((s) => s.heading.trim() || s.body.trim()),
        },
      },
      v.baseVersion ?? server.version,
      { coalesce: true },
    );
    draft.clear();
  };

  if (!editable) {
    return (
      <section className="card" aria-labelledby="resolution-title">
        <h2 id="resolution-title" className="section-title">
          {t(`resolution.kind.${shown.kind}`)} {shown.number}
        </h2>
        {shown.title && <p className="strong">{shown.title}</p>}
        {shown.sections.map((s, i) => (
          <div key={i} className="resolution-section">
            <h3>
              {s.heading} {s.nextMonth && <span className="badge">{t('resolution.nextMonth')}</span>}
            </h3>
            <p className="pre-wrap">{s.body}</p>
          </div>
        ))}
      </section>
    );
  }

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="resolution-title">
      <h2 id="resolution-title" className="section-title">
        {t('resolution.title')}
      </h2>
      {draft.restored && (
        <p className="alert alert-info" role="status">
          {t('draft.restored')}{' '}
          <button
            type="button"
            className="btn btn-link"
            onClick={() => draft.clear(fromResolution(shown, server.version))}
          >
            {t('draft.discard')}
          </button>
        </p>
      )}
      <fieldset className="field">
        <legend>{t('resolution.kind')}</legend>
        <div className="chips">
          {(['RESOLUTION', 'CONCLUSION'] as const).map((k) => (
            <label key={k} className={`chip ${v.kind === k ? 'on' : ''}`}>
              <input type="radio" name="resolution-kind" checked={v.kind === k} onChange={() => set({ kind: k })} />
              {t(`resolution.kind.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <Field name="number" label={t('resolution.number')}>
          {(p) => <input {...p} type="text" value={v.number} onChange={(e) => set({ number: e.target.value })} />}
        </Field>
        <Field name="title" label={t('resolution.titleField')}>
          {(p) => <input {...p} type="text" value={v.title} onChange={(e) => set({ title: e.target.value })} />}
        </Field>
      </div>
      <fieldset className="field">
        <legend>{t('resolution.sections')}</legend>
        {v.sections.map((s, i) => (
          <div key={i} className="section-editor">
            <Field
              name={`sections.${i}.heading`}
              label={`${t('resolution.section', { n: i + 1 })}: ${t('resolution.heading')}`}
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  value={s.heading}
                  onChange={(e) => setSection(i, { heading: e.target.value })}
                />
              )}
            </Field>
            <Field name={`sections.${i}.body`} label={t('resolution.body')}>
              {(p) => (
                <textarea {...p} rows={4} value={s.body} onChange={(e) => setSection(i, { body: e.target.value })} />
              )}
            </Field>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={!!s.nextMonth}
                onChange={(e) => setSection(i, { nextMonth: e.target.checked })}
              />{' '}
              {t('resolution.nextMonthField')}
            </label>
            {v.sections.length > 1 && (
              <button
                type="button"
                className="btn btn-link"
                onClick={() => set({ sections: v.sections.filter((_, j) => j !== i) })}
              >
                {t('resolution.removeSection', { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => set({ sections: [...v.sections, { heading: '', body: '' }] })}
        >
          {t('resolution.addSection')}
        </button>
      </fieldset>
      <button type="submit" className="btn btn-primary btn-block">
        {t('resolution.save')}
      </button>
    </form>
  );
}

function TaskRow({ task, pending, clause }: { task: Task; pending: boolean; clause?: string }) {
  const { t, locale } = useI18n();
  return (
    <>
      <strong>{task.title}</strong>
      {clause && <span className="muted"> · {t('tasks.clauseOf', { clause })}</span>}
      <span className="muted">
        {' '}
        · {task.assigneeName || '—'} ({t(`tasks.assigneeKind.${task.assigneeKind}`)})
        {task.dueDate && ` · ${t('meetings.myTasks.due', { date: formatDate(task.dueDate, locale) })}`}
      </span>{' '}
      <span className="badge">{t(`tasks.status.${task.status}`)}</span>
      {pending && <span className="badge badge-pending">{t('outbox.pending')}</span>}
    </>
  );
}

function Tasks({ resolution }: { resolution: Resolution }) {
  const { t } = useI18n();
  const { meeting, editable, enqueue } = useMeetingContext();
  const people = [
    ...meeting.attendance.map((a) => ({ id: a.memberId, name: a.fullName })),
    ...meeting.notExpected.map((n) => ({ id: n.memberId, name: n.fullName })),
  ];
  const [v, setV] = useState({
    title: '',
    kind: 'MEMBER' as AssigneeKind,
    memberId: '',
    name: '',
    dueDate: '',
    sectionId: '',
  });
  // only saved clauses have an id a task can point to (BR-R4)
  const clauses = resolution.sections.filter((s): s is ResolutionSection & { id: string } => !!s.id);
  const clauseOf = (id?: string | null) => clauses.find((s) => s.id === id)?.heading;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const byMember = v.kind === 'MEMBER' || v.kind === 'COMMITTEE_MEMBER';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!v.title.trim()) next.title = t('tasks.titleRequired');
    if (byMember ? !v.memberId : !v.name.trim()) next.assignee = t('tasks.assigneeRequired');
    setErrors(next);
    if (Object.keys(next).length) return;
    const member = people.find((p) => p.id === v.memberId);
    void enqueue({
      kind: 'task.add',
      tempId: tempId(),
      task: {
        title: v.title.trim(),
        assigneeKind: v.kind,
        assigneeMemberId: byMember ? v.memberId : null,
        assigneeName: byMember ? (member?.name ?? null) : v.name.trim(),
        dueDate: v.dueDate || null,
        sectionId: v.sectionId || null,
      },
    });
    setV({ ...v, title: '', memberId: '', name: '' });
  };

  return (
    <section className="card" aria-labelledby="tasks-title">
      <h2 id="tasks-title" className="section-title">
        {t('tasks.title')} <span className="count">({resolution.tasks.length})</span>
      </h2>
      {resolution.tasks.length === 0 ? (
        <p className="muted">{t('tasks.empty')}</p>
      ) : (
        <ul className="plain-list task-list">
          {resolution.tasks.map((task) => (
            <li key={task.id}>
              <TaskRow task={task} pending={task.id.startsWith('pending-')} clause={clauseOf(task.sectionId)} />
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="form" onSubmit={submit} noValidate aria-label={t('tasks.add')}>
          <Field name="taskTitle" label={t('tasks.taskTitle')} required error={errors.title}>
            {(p) => (
              <textarea {...p} rows={2} value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} />
            )}
          </Field>
          <div className="form-grid">
            <Field name="assigneeKind" label={t('tasks.assigneeKind')}>
              {(p) => (
                <select {...p} value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value as AssigneeKind })}>
                  {ASSIGNEE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`tasks.assigneeKind.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {byMember ? (
              <Field name="assigneeMemberId" label={t('tasks.member')} required error={errors.assignee}>
                {(p) => (
                  <select {...p} value={v.memberId} onChange={(e) => setV({ ...v, memberId: e.target.value })}>
                    <option value="">{t('common.choose')}</option>
                    {people.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : (
              <Field name="assigneeName" label={t('tasks.assigneeName')} required error={errors.assignee}>
                {(p) => (
                  <input {...p} type="text" value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} />
                )}
              </Field>
            )}
            <Field name="dueDate" label={t('tasks.dueDate')}>
              {(p) => (
                <input {...p} type="date" value={v.dueDate} onChange={(e) => setV({ ...v, dueDate: e.target.value })} />
              )}
            </Field>
            {clauses.length > 0 && (
              <Field name="sectionId" label={t('tasks.clause')}>
                {(p) => (
                  <select {...p} value={v.sectionId} onChange={(e) => setV({ ...v, sectionId: e.target.value })}>
                    <option value="">{t('tasks.noClause')}</option>
                    {clauses.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.nextMonth ? `${s.heading} (${t('resolution.nextMonth')})` : s.heading}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
          </div>
          <button type="submit" className="btn btn-primary btn-block">
            {t('tasks.add')}
          </button>
        </form>
      )}
    </section>
  );
}

/** BR-R5: the final documents and resolution published and sent to the upper committee, by the policy's day. */
function Publication() {
  const { t, locale } = useI18n();
  const { meeting: m, server, mayRun, enqueue } = useMeetingContext();
  const p = m.publication;
  if (!p) return null;
  return (
    <section className="card" aria-labelledby="publication-title">
      <h2 id="publication-title" className="section-title">
        {t('publication.title')}
      </h2>
      {p.publishedAt ? (
        <p>{t('publication.done', { date: formatDateTime(p.publishedAt, locale), by: p.publishedBy ?? '—' })}</p>
      ) : (
        <p className="muted">{t('publication.due', { date: formatDate(p.dueDate, locale) })}</p>
      )}
      {mayRun && !p.publishedAt && (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void enqueue({ kind: 'publish' }, server.version)}
        >
          {t('publication.action')}
        </button>
      )}
    </section>
  );
}

function OpenTasksReview() {
  const { t } = useI18n();
  const { meeting, pending, editable } = useMeetingContext();
  const tasks = meeting.openTasksToReview ?? [];
  return (
    <section className="card" aria-labelledby="review-title">
      <h2 id="review-title" className="section-title">
        {t('tasks.review')}
      </h2>
      {tasks.length === 0 ? (
        <p className="muted">{t('tasks.reviewEmpty')}</p>
      ) : (
        <ul className="plain-list task-list">
          {tasks.map((task) => (
            <li key={task.id}>
              <TaskRow task={task} pending={pending.tasks.has(task.id)} />
              {editable && <TaskReviewForm task={task} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TaskReviewForm({ task }: { task: Task }) {
  const { t } = useI18n();
  const { server, enqueue } = useMeetingContext();
  const [status, setStatus] = useState<TaskStatus>(task.status);
  const [result, setResult] = useState(task.result ?? '');
  const base = server.openTasksToReview?.find((x) => x.id === task.id)?.version ?? task.version;
  return (
    <form
      className="task-review"
      onSubmit={(e) => {
        e.preventDefault();
        void enqueue({ kind: 'task.update', taskId: task.id, patch: { status, result: result.trim() || null } }, base);
      }}
    >
      <div className="form-grid">
        <Field name={`status-${task.id}`} label={t('tasks.status')}>
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
        <Field name={`result-${task.id}`} label={t('tasks.result')}>
          {(p) => <input {...p} type="text" value={result} onChange={(e) => setResult(e.target.value)} />}
        </Field>
      </div>
      <button type="submit" className="btn btn-secondary">
        {t('tasks.update')}
      </button>
    </form>
  );
}
