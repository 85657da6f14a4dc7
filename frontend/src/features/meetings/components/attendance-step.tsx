import { memo, useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { ExportButtons } from '@/components/export-buttons';
import { Field } from '@/components/field';
import { exportList } from '@/lib/api/download';
import { formatPercent } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import {
  ABSENCE_REASONS,
  countsAsPresent,
  isPresent,
  type AbsenceReason,
  type AttendanceEntry,
  type AttendanceUpdate,
} from '../api/types';
import { tempId, isTempId } from '../offline/meeting-ops';
import { useMeetingContext } from './meeting-context';

type Mark = Omit<AttendanceUpdate, 'version'>;

/** Counts from the list on screen (pending taps included), so one tap changes them at once. */
export function attendanceCounts(entries: AttendanceEntry[], onlineAttendanceCounts = true) {
  let present = 0;
  let online = 0;
  let excused = 0;
  let unexcused = 0;
  let notRecorded = 0;
  for (const a of entries) {
    if (a.status === 'PRESENT_ONLINE') online++;
    if (countsAsPresent(a.status, onlineAttendanceCounts)) present++;
    else if (isPresent(a.status)) continue;
    else if (a.status === 'ABSENT_EXCUSED') excused++;
    else if (a.status === 'ABSENT_UNEXCUSED') unexcused++;
    else notRecorded++;
  }
  const expected = entries.length;
  return {
    present,
    online,
    excused,
    unexcused,
    notRecorded,
    expected,
    rate: expected ? (present * 100) / expected : 0,
  };
}

export function AttendanceStep() {
  const { t, locale } = useI18n();
  const { meeting, server, pending, editable, enqueue } = useMeetingContext();
  const [absentFor, setAbsentFor] = useState<string | null>(null);
  const onlineCounts = meeting.policy.onlineAttendanceCounts;
  const c = attendanceCounts(meeting.attendance, onlineCounts);
  const online = meeting.mode !== 'IN_PERSON';
  const target = meeting.policy.attendanceTargetPercent;

  // Stable across renders, so a tap re-renders only the rows that changed (60 members stay fast).
  const serverRef = useRef(server);
  useEffect(() => {
    serverRef.current = server;
  }, [server]);
  const mark = useCallback(
    (memberId: string, update: Mark) => {
      const base = serverRef.current.attendance.find((a) => a.memberId === memberId)?.version ?? 0;
      void enqueue({ kind: 'attendance', memberId, ...update }, base, { coalesce: true });
    },
    [enqueue],
  );
  const toggleAbsent = useCallback((id: string) => setAbsentFor((cur) => (cur === id ? null : id)), []);
  const notRecorded = meeting.attendance.filter((a) => a.status === 'NOT_RECORDED');

  return (
    <div className="attendance-step">
      <div className="attendance-summary" role="status" aria-live="polite">
        <p className="attendance-count">
          <strong>{t('attendance.summary', { present: c.present, expected: c.expected })}</strong>
          <span className={c.expected > 0 && c.rate <= target ? 'rate rate-low' : 'rate'}>
            {' '}
            · {t('attendance.rate', { rate: formatPercent(c.rate, locale) })}
          </span>
        </p>
      </div>
      <p className="muted attendance-detail">
        {t('attendance.summaryDetail', { excused: c.excused, unexcused: c.unexcused, notRecorded: c.notRecorded })}
      </p>
      {(c.online > 0 || !onlineCounts) && (
        <p className="muted attendance-online">
          {t('attendance.online', { count: c.online })} ·{' '}
          {t(onlineCounts ? 'attendance.onlineCounted' : 'attendance.onlineNotCounted')}
        </p>
      )}

      <section aria-labelledby="attendance-list-title">
        <h2 id="attendance-list-title" className="section-title">
          {t('attendance.list')}
        </h2>
        {!isTempId(meeting.id) && (
          <ExportButtons
            download={(format) =>
              exportList('/api/v1/meetings/{id}/attendance', { path: { id: meeting.id } }, format, 'diem-danh')
            }
          />
        )}
        <ul className="attendance-list">
          {meeting.attendance.map((a) => (
            <AttendanceRow
              key={a.memberId}
              entry={a}
              pending={pending.members.has(a.memberId)}
              editable={editable}
              online={online}
              absentOpen={absentFor === a.memberId}
              maxExcused={meeting.policy.maxConsecutiveExcusedAbsences}
              onMark={mark}
              onToggleAbsent={toggleAbsent}
            />
          ))}
        </ul>
        {editable && notRecorded.length > 1 && (
          <button
            type="button"
            className="btn btn-secondary btn-block"
            onClick={() => notRecorded.forEach((a) => mark(a.memberId, { status: 'PRESENT' }))}
          >
            {t('attendance.allPresent', { count: notRecorded.length })}
          </button>
        )}
      </section>

      {meeting.notExpected.length > 0 && (
        <section className="card not-expected" aria-labelledby="not-expected-title">
          <h2 id="not-expected-title" className="section-title">
            {t('attendance.notExpected')} <span className="count">({meeting.notExpected.length})</span>
          </h2>
          <ul className="plain-list">
            {meeting.notExpected.map((n) => (
              <li key={n.memberId} className="greyed">
                {n.fullName} <span className="badge">{t(`attendance.why.${n.why}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <Guests />
    </div>
  );
}

const AttendanceRow = memo(function AttendanceRow({
  entry: a,
  pending,
  editable,
  online,
  absentOpen,
  maxExcused,
  onMark,
  onToggleAbsent,
}: {
  entry: AttendanceEntry;
  pending: boolean;
  editable: boolean;
  online: boolean;
  absentOpen: boolean;
  maxExcused: number;
  onMark: (memberId: string, update: Mark) => void;
  onToggleAbsent: (memberId: string) => void;
}) {
  const { t } = useI18n();
  const absent = a.status === 'ABSENT_EXCUSED' || a.status === 'ABSENT_UNEXCUSED';
  return (
    <li className={`attendance-row att-${a.status.toLowerCase()}`} data-member={a.memberId}>
      <div className="attendance-who">
        <span className="attendance-name">{a.fullName}</span>
        <span className="attendance-meta">
          <span className={`badge att-badge att-badge-${a.status.toLowerCase()}`}>
            {t(`attendance.status.${a.status}`)}
          </span>
          {a.memberStatus === 'PROBATIONARY' && (
            <span className="badge status-probationary">{t('status.PROBATIONARY')}</span>
          )}
          {a.reasonCategory && <span className="muted">{t(`attendance.reason.${a.reasonCategory}`)}</span>}
          {a.reasonText && <span className="muted">· {a.reasonText}</span>}
          {pending && <span className="badge badge-pending">{t('outbox.pending')}</span>}
          {(a.consecutiveExcusedAbsences ?? 0) >= maxExcused && (
            <span className="badge badge-warn">
              {t('attendance.consecutive', { count: a.consecutiveExcusedAbsences ?? 0 })}
            </span>
          )}
        </span>
      </div>
      {editable && (
        <div className="attendance-actions">
          <button
            type="button"
            className={`btn att-btn att-present ${a.status === 'PRESENT' ? 'on' : ''}`}
            aria-pressed={a.status === 'PRESENT'}
            aria-label={t('attendance.markPresent', { name: a.fullName })}
            onClick={() => onMark(a.memberId, { status: 'PRESENT' })}
          >
            ✓ {t('attendance.present')}
          </button>
          {online && (
            <button
              type="button"
              className={`btn att-btn att-online ${a.status === 'PRESENT_ONLINE' ? 'on' : ''}`}
              aria-pressed={a.status === 'PRESENT_ONLINE'}
              aria-label={t('attendance.markOnline', { name: a.fullName })}
              onClick={() => onMark(a.memberId, { status: 'PRESENT_ONLINE' })}
            >
              {t('attendance.presentOnline')}
            </button>
          )}
          <button
            type="button"
            className={`btn att-btn att-absent ${absent ? 'on' : ''}`}
            aria-expanded={absentOpen}
            aria-label={t('attendance.markAbsent', { name: a.fullName })}
            onClick={() => onToggleAbsent(a.memberId)}
          >
            {t('attendance.absent')}…
          </button>
        </div>
      )}
      {editable && absentOpen && (
        <AbsenceForm
          entry={a}
          onDone={(update) => {
            onMark(a.memberId, update);
            onToggleAbsent(a.memberId);
          }}
          onClose={() => onToggleAbsent(a.memberId)}
        />
      )}
    </li>
  );
});

function AbsenceForm({
  entry,
  onDone,
  onClose,
}: {
  entry: AttendanceEntry;
  onDone: (update: Mark) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [category, setCategory] = useState<AbsenceReason | ''>(entry.reasonCategory ?? '');
  const [text, setText] = useState(entry.reasonText ?? '');
  const [error, setError] = useState<string>();
  return (
    <div className="absence-form">
      <fieldset className="field">
        <legend>{t('attendance.reason')}</legend>
        <div className="chips">
          {ABSENCE_REASONS.map((r) => (
            <label key={r} className={`chip ${category === r ? 'on' : ''}`}>
              <input
                type="radio"
                name={`reason-${entry.memberId}`}
                value={r}
                checked={category === r}
                onChange={() => {
                  setCategory(r);
                  setError(undefined);
                }}
              />
              {t(`attendance.reason.${r}`)}
            </label>
          ))}
        </div>
        {error && <p className="field-error">{error}</p>}
      </fieldset>
      <Field name="reasonText" label={t('attendance.reasonText')}>
        {(p) => <input {...p} type="text" value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            if (!category) {
              setError(t('validation.required'));
              return;
            }
            onDone({ status: 'ABSENT_EXCUSED', reasonCategory: category, reasonText: text.trim() || null });
          }}
        >
          {t('attendance.excused')}
        </button>
        <button type="button" className="btn btn-danger" onClick={() => onDone({ status: 'ABSENT_UNEXCUSED' })}>
          {t('attendance.unexcused')}
        </button>
        <button type="button" className="btn btn-link" onClick={onClose}>
          {t('attendance.close')}
        </button>
      </div>
    </div>
  );
}

function Guests() {
  const { t } = useI18n();
  const { meeting, pending, editable, enqueue, discardPendingCreate } = useMeetingContext();
  const [v, setV] = useState({ name: '', role: '', organizationName: '' });
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!v.name.trim()) {
      setError(t('validation.required'));
      return;
    }
    setError(undefined);
    void enqueue({
      kind: 'guest.add',
      tempId: tempId(),
      name: v.name.trim(),
      role: v.role.trim() || null,
      organizationName: v.organizationName.trim() || null,
    });
    setV({ name: '', role: '', organizationName: '' });
  };
  const remove = (id: string) => {
    if (isTempId(id) && discardPendingCreate(id)) return;
    void enqueue({ kind: 'guest.remove', guestId: id });
  };
  return (
    <section className="card" aria-labelledby="guests-title">
      <h2 id="guests-title" className="section-title">
        {t('guests.title')}
      </h2>
      {meeting.guests.length === 0 ? (
        <p className="muted">{t('guests.empty')}</p>
      ) : (
        <ul className="plain-list">
          {meeting.guests.map((g) => (
            <li key={g.id} className="row-with-action">
              <span>
                <strong>{g.name}</strong>
                {g.role && ` · ${g.role}`}
                {g.organizationName && ` · ${g.organizationName}`}
                {pending.guests.has(g.id) && <span className="badge badge-pending">{t('outbox.pending')}</span>}
              </span>
              {editable && (
                <button
                  type="button"
                  className="btn btn-link"
                  aria-label={t('guests.remove', { name: g.name })}
                  onClick={() => remove(g.id)}
                >
                  ✕
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="form" onSubmit={submit} noValidate>
          <div className="form-grid">
            <Field name="guestName" label={t('guests.name')} required error={error}>
              {(p) => (
                <input {...p} type="text" value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} />
              )}
            </Field>
            <Field name="guestRole" label={t('guests.role')}>
              {(p) => (
                <input {...p} type="text" value={v.role} onChange={(e) => setV({ ...v, role: e.target.value })} />
              )}
            </Field>
            <Field name="guestOrganization" label={t('guests.organization')}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  value={v.organizationName}
                  onChange={(e) => setV({ ...v, organizationName: e.target.value })}
                />
              )}
            </Field>
          </div>
          <button type="submit" className="btn btn-secondary">
            {t('guests.add')}
          </button>
        </form>
      )}
    </section>
  );
}
