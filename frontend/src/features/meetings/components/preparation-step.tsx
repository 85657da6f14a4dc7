import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { formatDateTime, vietnamDateTime } from '@/lib/format';
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { useDraft } from '@/lib/use-draft';
import { useDeleteDocument } from '../api/delete-document';
import { fetchDocument, fetchDocumentPack } from '../api/download-file';
import { useUploadDocument } from '../api/upload-document';
import {
  AGENDA_KINDS,
  AGENDA_PARTS,
  DOCUMENT_KINDS,
  type AgendaItem,
  type AgendaItemInput,
  type AgendaPart,
  type DocumentKind,
} from '../api/types';
import { useMeetingContext } from './meeting-context';
import { ScheduleMeetingForm } from './schedule-meeting-form';
import { useDownload } from './use-download';

export function PreparationStep() {
  return (
    <div className="preparation-step">
      <Agenda />
      <Documents />
      <PreMeeting />
    </div>
  );
}

const toInput = (i: AgendaItem): AgendaItemInput => ({
  part: i.part,
  kind: i.kind,
  title: i.title,
  presenterId: i.presenter?.id ?? null,
  plannedMinutes: i.plannedMinutes ?? null,
});

function kindLabel(t: (k: MessageKey) => string, kind: string) {
  const key = `agenda.kind.${kind}` as MessageKey;
  const label = t(key);
  return label === key ? kind : label;
}

function Agenda() {
  const { t } = useI18n();
  const { meeting, editable } = useMeetingContext();
  const [editing, setEditing] = useState(false);
  return (
    <section className="card" aria-labelledby="agenda-title">
      <h2 id="agenda-title" className="section-title">
        {t('agenda.title')}
      </h2>
      {editing ? (
        <AgendaEditor onDone={() => setEditing(false)} />
      ) : (
        <>
          {meeting.agenda.length === 0 ? (
            <p className="muted">{t('agenda.empty')}</p>
          ) : (
            AGENDA_PARTS.map((part) => {
              const items = meeting.agenda.filter((i) => i.part === part);
              if (items.length === 0) return null;
              return (
                <div key={part} className="agenda-part">
                  <h3>{t(`agenda.part.${part}`)}</h3>
                  <ol className="agenda-list" start={meeting.agenda.indexOf(items[0]) + 1}>
                    {items.map((i) => (
                      <li key={i.id}>
                        <strong>{i.title}</strong>
                        <span className="muted">
                          {i.presenter && ` · ${i.presenter.fullName}`}
                          {i.plannedMinutes != null && ` · ${t('overview.minutes', { count: i.plannedMinutes })}`}
                        </span>
                      </li>
                    ))}
                  </ol>
                </div>
              );
            })
          )}
          {editable && (
            <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
              {t('agenda.edit')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function AgendaEditor({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const { meeting, server, enqueue } = useMeetingContext();
  const draft = useDraft<AgendaItemInput[]>(`agenda.${meeting.id}`, () => meeting.agenda.map(toInput));
  const items = draft.value;
  const set = (i: number, patch: Partial<AgendaItemInput>) =>
    draft.update(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const move = (i: number, d: -1 | 1) => {
    const next = [...items];
    const [it] = next.splice(i, 1);
    next.splice(i + d, 0, it);
    draft.update(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void enqueue(
      { kind: 'agenda', items: items.filter((i) => i.title.trim()).map((i) => ({ ...i, title: i.title.trim() })) },
      server.version,
    );
    draft.clear();
    onDone();
  };
  return (
    <form className="form agenda-editor" onSubmit={submit} noValidate>
      <ol className="plain-list">
        {items.map((it, i) => (
          <li key={i} className="agenda-edit-item">
            <p className="strong">{t('agenda.item', { n: i + 1 })}</p>
            <div className="form-grid">
              <Field name={`part-${i}`} label={t('agenda.part')}>
                {(p) => (
                  <select {...p} value={it.part} onChange={(e) => set(i, { part: e.target.value as AgendaPart })}>
                    {AGENDA_PARTS.map((part) => (
                      <option key={part} value={part}>
                        {t(`agenda.part.${part}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field name={`kind-${i}`} label={t('agenda.kind')}>
                {(p) => (
                  <select {...p} value={it.kind} onChange={(e) => set(i, { kind: e.target.value })}>
                    {[...new Set([...AGENDA_KINDS, it.kind])].map((k) => (
                      <option key={k} value={k}>
                        {kindLabel(t, k)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field name={`title-${i}`} label={t('agenda.itemTitle')}>
                {(p) => (
                  <input {...p} type="text" value={it.title} onChange={(e) => set(i, { title: e.target.value })} />
                )}
              </Field>
              <Field name={`presenter-${i}`} label={t('agenda.presenter')}>
                {(p) => (
                  <select
                    {...p}
                    value={it.presenterId ?? ''}
                    onChange={(e) => set(i, { presenterId: e.target.value || null })}
                  >
                    <option value="">{t('schedule.nobody')}</option>
                    {meeting.attendance.map((a) => (
                      <option key={a.memberId} value={a.memberId}>
                        {a.fullName}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field name={`minutes-${i}`} label={t('agenda.plannedMinutes')}>
                {(p) => (
                  <input
                    {...p}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    value={it.plannedMinutes ?? ''}
                    onChange={(e) => set(i, { plannedMinutes: e.target.value === '' ? null : Number(e.target.value) })}
                  />
                )}
              </Field>
            </div>
            <div className="button-row">
              <button type="button" className="btn btn-secondary" disabled={i === 0} onClick={() => move(i, -1)}>
                ↑ {t('agenda.up')}
              </button>
              <button
                type="button"
                className="btn btn-secondary"
                disabled={i === items.length - 1}
                onClick={() => move(i, 1)}
              >
                ↓ {t('agenda.down')}
              </button>
              <button
                type="button"
                className="btn btn-danger"
                onClick={() => draft.update(items.filter((_, j) => j !== i))}
              >
                {t('agenda.remove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() =>
            draft.update([
              ...items,
              { part: 'CONTENT', kind: 'OTHER', title: '', presenterId: null, plannedMinutes: null },
            ])
          }
        >
          + {t('agenda.add')}
        </button>
        <button type="submit" className="btn btn-primary">
          {t('agenda.save')}
        </button>
        <button
          type="button"
          className="btn btn-link"
          onClick={() => {
            draft.clear();
            onDone();
          }}
        >
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function formatSize(bytes: number) {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

function Documents() {
  const { t, locale } = useI18n();
  const { meeting, editable } = useMeetingContext();
  const upload = useUploadDocument(meeting.id);
  const remove = useDeleteDocument(meeting.id);
  const download = useDownload();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<DocumentKind>('MATERIAL');
  const [error, setError] = useState<string>();
  const [inputKey, setInputKey] = useState(0);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setError(t('documents.chooseFile'));
      return;
    }
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      setError(t('documents.needsNetwork'));
      return;
    }
    setError(undefined);
    upload.mutate(
      { file, kind },
      {
        onSuccess: () => {
          setFile(null);
          setInputKey((k) => k + 1);
        },
      },
    );
  };
  return (
    <section className="card" aria-labelledby="documents-title">
      <h2 id="documents-title" className="section-title">
        {t('documents.title')}
      </h2>
      {meeting.documents.length === 0 ? (
        <p className="muted">{t('documents.empty')}</p>
      ) : (
        <ul className="plain-list">
          {meeting.documents.map((d) => (
            <li key={d.id} className="row-with-action document-row">
              <div>
                <button
                  type="button"
                  className="btn btn-link"
                  disabled={download.busy === d.id}
                  onClick={() => void download.download(d.id, () => fetchDocument(meeting.id, d.id), d.fileName)}
                >
                  {d.fileName}
                </button>
                <span className="muted">
                  {' '}
                  · {t(`documents.kind.${d.kind}`)} · {formatSize(d.sizeBytes)}
                </span>
                {d.late && (
                  <span
                    className="badge badge-warn"
                    title={t('documents.lateHint', { days: meeting.policy.documentLeadDays })}
                  >
                    {t('documents.late')}
                  </span>
                )}
                <p className="muted small">
                  {t('documents.published', { at: formatDateTime(d.publishedAt, locale), by: d.publishedBy })}
                </p>
              </div>
              {editable && (
                <button
                  type="button"
                  className="btn btn-link"
                  aria-label={`${t('documents.delete')} ${d.fileName}`}
                  onClick={() => remove.mutate(d.id)}
                >
                  ✕
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="row-with-action">
        <button
          type="button"
          className="btn"
          title={t('documents.packHint')}
          disabled={download.busy === 'pack'}
          onClick={() =>
            void download.download('pack', () => fetchDocumentPack(meeting.id), `goi-tai-lieu-${meeting.id}.zip`)
          }
        >
          {t('documents.pack')}
        </button>
        {meeting.packPostings?.beforeMeeting && (
          <span className="muted small">
            {t('documents.packPosted', { at: formatDateTime(meeting.packPostings.beforeMeeting, locale) })}
          </span>
        )}
      </div>
      <ErrorMessage error={download.error ?? remove.error} />
      {editable && (
        <form className="form" onSubmit={submit} noValidate>
          <ErrorMessage error={upload.error} />
          <div className="form-grid">
            <Field name="file" label={t('documents.file')} required error={error}>
              {(p) => (
                <input
                  key={inputKey}
                  {...p}
                  type="file"
                  accept=".pdf,.docx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                  onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                />
              )}
            </Field>
            <Field name="kind" label={t('documents.kind')}>
              {(p) => (
                <select {...p} value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
                  {DOCUMENT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`documents.kind.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <button type="submit" className="btn btn-secondary" disabled={upload.isPending}>
            {upload.isPending ? t('documents.uploading') : t('documents.upload')}
          </button>
        </form>
      )}
    </section>
  );
}

function PreMeeting() {
  const { t } = useI18n();
  const { meeting, editable, enqueue } = useMeetingContext();
  const [open, setOpen] = useState(false);
  if (meeting.type === 'COMMITTEE') return null;
  const date = vietnamDateTime(meeting.scheduledStart).date;
  const before = new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) - 3),
  )
    .toISOString()
    .slice(0, 10);
  return (
    <section className="card" aria-labelledby="premeeting-title">
      <h2 id="premeeting-title" className="section-title">
        {t('preMeeting.title')}
      </h2>
      {meeting.preMeetingId ? (
        <Link href={paths.meeting.build(meeting.preMeetingId)} className="btn btn-secondary">
          {t('preMeeting.open')}
        </Link>
      ) : (
        <>
          <p className="muted">{t('preMeeting.none')}</p>
          {editable && !open && (
            <button type="button" className="btn btn-secondary" onClick={() => setOpen(true)}>
              {t('preMeeting.schedule')}
            </button>
          )}
          {editable && open && (
            <ScheduleMeetingForm
              organizationId={meeting.organizationId}
              title={t('schedule.preTitle')}
              types={['COMMITTEE']}
              preparesMeetingId={meeting.id}
              initial={{ date: before, place: meeting.place ?? '' }}
              onCancel={() => setOpen(false)}
              onSubmit={(create) => {
                void enqueue({ kind: 'premeeting', organizationId: meeting.organizationId, create });
                setOpen(false);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
