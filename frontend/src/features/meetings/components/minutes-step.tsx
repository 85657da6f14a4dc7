import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { Spinner } from '@/components/spinner';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDraft } from '@/lib/use-draft';
import { fetchMinutesDocx, fetchMinutesPdf, fetchResolutionDocx, fetchResolutionPdf } from '../api/download-file';
import { useMinutes } from '../api/get-minutes';
import type { Minutes } from '../api/types';
import type { QueuedMeetingOp } from '../offline/meeting-ops';
import { useMeetingContext } from './meeting-context';
import { useDownload } from './use-download';

/** The printed records offered for download, PDF and Word side by side. */
const RECORD_FILES = [
  { key: 'minutes', fetch: fetchMinutesPdf, fileName: 'bien-ban', ext: 'pdf', label: 'minutes.pdf' },
  { key: 'minutesDocx', fetch: fetchMinutesDocx, fileName: 'bien-ban', ext: 'docx', label: 'minutes.docx' },
  { key: 'resolution', fetch: fetchResolutionPdf, fileName: 'nghi-quyet', ext: 'pdf', label: 'resolution.pdf' },
  { key: 'resolutionDocx', fetch: fetchResolutionDocx, fileName: 'nghi-quyet', ext: 'docx', label: 'resolution.docx' },
] as const;

/** The text the user sees: a queued edit wins over the server's copy. */
function shownText(minutes: Minutes, ops: readonly QueuedMeetingOp[]) {
  let freeText = minutes.freeText ?? '';
  let conclusions = minutes.conclusions ?? '';
  for (const op of ops)
    if (op.payload.kind === 'minutes') {
      freeText = op.payload.freeText ?? '';
      conclusions = op.payload.conclusions ?? '';
    }
  return { freeText, conclusions };
}

export function MinutesStep() {
  const { t } = useI18n();
  const { meeting, outbox } = useMeetingContext();
  const query = useMinutes(meeting.id);
  const download = useDownload();
  if (query.isPending) return <Spinner />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const minutes = query.data;
  const ops = outbox.getSnapshot().ops;
  const approving = ops.some((o) => o.payload.kind === 'minutes.approve');
  const locked = minutes.approved || meeting.status === 'APPROVED';

  return (
    <div className="minutes-step">
      {locked ? (
        <LockedMinutes minutes={minutes} />
      ) : (
        <MinutesEditor
          // A new server version, or a queued edit appearing or dropped, starts the form afresh.
          key={`${minutes.version}:${ops.filter((o) => o.payload.kind === 'minutes').length}`}
          minutes={minutes}
          ops={ops}
          approving={approving}
        />
      )}
      <section className="card" aria-labelledby="assembled-title">
        <h2 id="assembled-title" className="section-title">
          {t('minutes.assembled')}
        </h2>
        <pre className="assembled">{minutes.assembledText}</pre>
      </section>
      <div className="button-row">
        {RECORD_FILES.map((f) => (
          <button
            key={f.key}
            type="button"
            className="btn btn-secondary"
            disabled={download.busy !== null}
            onClick={() =>
              void download.download(f.key, () => f.fetch(meeting.id), `${f.fileName}-${meeting.id}.${f.ext}`)
            }
          >
            {download.busy === f.key ? t('minutes.downloading') : t(f.label)}
          </button>
        ))}
      </div>
      <ErrorMessage error={download.error} />
    </div>
  );
}

function MinutesEditor({
  minutes,
  ops,
  approving,
}: {
  minutes: Minutes;
  ops: readonly QueuedMeetingOp[];
  approving: boolean;
}) {
  const { t } = useI18n();
  const { meeting, editable, enqueue } = useMeetingContext();
  // The draft remembers the version it was typed on: a reload after someone else saved does not
  // overwrite their text silently (the save conflicts and the user chooses).
  const draft = useDraft(`minutes.${meeting.id}`, () => ({ ...shownText(minutes, ops), baseVersion: minutes.version }));
  const [confirming, setConfirming] = useState(false);
  const held = !!meeting.actualStart && !!meeting.actualEnd;
  const people = !!meeting.chair && !!meeting.minuteTaker;
  const dirty =
    draft.value.freeText !== (minutes.freeText ?? '') || draft.value.conclusions !== (minutes.conclusions ?? '');

  const save = () => {
    void enqueue(
      {
        kind: 'minutes',
        freeText: draft.value.freeText.trim() || null,
        conclusions: draft.value.conclusions.trim() || null,
      },
      draft.value.baseVersion ?? minutes.version,
      { coalesce: true },
    );
    draft.clear();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save();
  };
  const approve = () => {
    // What is typed is saved first; the approval follows it in the queue.
    if (dirty) save();
    void enqueue({ kind: 'minutes.approve' }, minutes.version);
    setConfirming(false);
  };

  if (!editable) {
    return (
      <section className="card">
        <h2 className="section-title">{t('minutes.freeText')}</h2>
        <p className="pre-wrap">{minutes.freeText || '—'}</p>
        <h2 className="section-title">{t('minutes.conclusions')}</h2>
        <p className="pre-wrap">{minutes.conclusions || '—'}</p>
      </section>
    );
  }
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="minutes-title">
      <h2 id="minutes-title" className="section-title">
        {t('minutes.title')}
      </h2>
      {draft.restored && (
        <p className="alert alert-info" role="status">
          {t('draft.restored')}
        </p>
      )}
      <Field name="freeText" label={t('minutes.freeText')}>
        {(p) => (
          <textarea
            {...p}
            rows={8}
            value={draft.value.freeText}
            onChange={(e) => draft.update({ ...draft.value, freeText: e.target.value })}
          />
        )}
      </Field>
      <Field name="conclusions" label={t('minutes.conclusions')}>
        {(p) => (
          <textarea
            {...p}
            rows={5}
            value={draft.value.conclusions}
            onChange={(e) => draft.update({ ...draft.value, conclusions: e.target.value })}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="btn btn-secondary">
          {t('minutes.save')}
        </button>
        {!confirming && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={approving || !held || !people}
            onClick={() => setConfirming(true)}
          >
            {t('minutes.approve')}
          </button>
        )}
      </div>
      {!held && <p className="hint">{t('minutes.notHeld')}</p>}
      {held && !people && <p className="hint">{t('minutes.needPeople')}</p>}
      {approving && (
        <p className="alert alert-info" role="status">
          {t('minutes.approving')}
        </p>
      )}
      {confirming && (
        <div className="alert alert-warning" role="alertdialog" aria-label={t('minutes.approve')}>
          <p>{t('minutes.approveConfirm')}</p>
          <div className="button-row">
            <button type="button" className="btn btn-primary" onClick={approve}>
              {t('minutes.approveYes')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}

function LockedMinutes({ minutes }: { minutes: Minutes }) {
  const { t, locale } = useI18n();
  const { meeting, mayRun, enqueue, outbox } = useMeetingContext();
  const draft = useDraft(`correction.${meeting.id}`, () => ({ reason: '', text: '' }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const canCorrect = mayRun && meeting.status === 'APPROVED';
  const queued = outbox.getSnapshot().ops.filter((o) => o.payload.kind === 'minutes.correction');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!draft.value.reason.trim()) next.reason = t('validation.required');
    if (!draft.value.text.trim()) next.text = t('validation.required');
    setErrors(next);
    if (Object.keys(next).length) return;
    void enqueue({ kind: 'minutes.correction', reason: draft.value.reason.trim(), text: draft.value.text.trim() });
    draft.clear({ reason: '', text: '' });
  };

  return (
    <>
      <p className="alert alert-success locked" role="status">
        {t('minutes.approved', {
          at: minutes.approvedAt ? formatDateTime(minutes.approvedAt, locale) : '',
          by: minutes.approvedBy ?? '',
        })}
      </p>
      {(minutes.number || (minutes.signatures ?? []).length > 0) && (
        <section className="card" aria-labelledby="signed-title">
          <h2 id="signed-title" className="section-title">
            {t('minutes.signed')}
          </h2>
          {minutes.number && <p>{t('minutes.number', { number: minutes.number })}</p>}
          <ul className="plain-list">
            {(minutes.signatures ?? []).map((s, i) => (
              <li key={i}>
                {t('minutes.signature', {
                  role: s.role.replace('\n', ' – '),
                  name: s.name,
                  at: formatDateTime(s.signedAt, locale),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card">
        <h2 className="section-title">{t('minutes.freeText')}</h2>
        <p className="pre-wrap">{minutes.freeText || '—'}</p>
        <h2 className="section-title">{t('minutes.conclusions')}</h2>
        <p className="pre-wrap">{minutes.conclusions || '—'}</p>
      </section>
      <section className="card" aria-labelledby="corrections-title">
        <h2 id="corrections-title" className="section-title">
          {t('minutes.corrections')}
        </h2>
        {minutes.corrections.length === 0 && queued.length === 0 ? (
          <p className="muted">{t('minutes.correctionsEmpty')}</p>
        ) : (
          <ol className="plain-list">
            {minutes.corrections.map((c, i) => (
              <li key={i}>
                <p className="muted">
                  {t('minutes.correctionBy', { at: formatDateTime(c.at, locale), author: c.author })}
                </p>
                <p>
                  <strong>{c.reason}</strong>
                </p>
                <p className="pre-wrap">{c.text}</p>
              </li>
            ))}
            {queued.map((o) =>
              o.payload.kind === 'minutes.correction' ? (
                <li key={o.id}>
                  <strong>{o.payload.reason}</strong> <span className="badge badge-pending">{t('outbox.pending')}</span>
                  <p className="pre-wrap">{o.payload.text}</p>
                </li>
              ) : null,
            )}
          </ol>
        )}
        {canCorrect && (
          <form className="form" onSubmit={submit} noValidate aria-label={t('minutes.addCorrection')}>
            <Field name="reason" label={t('minutes.correctionReason')} required error={errors.reason}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  value={draft.value.reason}
                  onChange={(e) => draft.update({ ...draft.value, reason: e.target.value })}
                />
              )}
            </Field>
            <Field name="text" label={t('minutes.correctionText')} required error={errors.text}>
              {(p) => (
                <textarea
                  {...p}
                  rows={3}
                  value={draft.value.text}
                  onChange={(e) => draft.update({ ...draft.value, text: e.target.value })}
                />
              )}
            </Field>
            <button type="submit" className="btn btn-secondary">
              {t('minutes.addCorrection')}
            </button>
          </form>
        )}
      </section>
    </>
  );
}
