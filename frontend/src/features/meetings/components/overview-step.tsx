import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { Field } from '@/components/field';
import { formatDateTime, formatPercent, formatTime, vietnamInstant } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMeetingContext } from './meeting-context';

export function OverviewStep() {
  const { t, locale } = useI18n();
  const { meeting: m, editable } = useMeetingContext();
  const f = m.figures;
  const canChangeSchedule = editable && (m.status === 'PLANNED' || m.status === 'NOTIFIED' || m.status === 'POSTPONED');
  return (
    <div className="overview-step">
      {m.warnings.length > 0 && (
        <section className="alert alert-warning warnings" role="alert" aria-labelledby="warnings-title">
          <p id="warnings-title" className="alert-title">
            ⚠ {t('overview.warnings')} ({m.warnings.length})
          </p>
          <ul>
            {m.warnings.map((w) => (
              <li key={w.code + w.message} data-code={w.code}>
                {w.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card figures" aria-labelledby="figures-title">
        <h2 id="figures-title" className="section-title">
          {t('overview.figures')}
        </h2>
        <dl className="figure-grid">
          <div>
            <dt>{t('overview.attendanceRate')}</dt>
            <dd>
              {formatPercent(f.attendanceRate, locale)}
              <small>
                {f.present}/{f.expected}
              </small>
            </dd>
          </div>
          <div>
            <dt>{t('overview.speakingRate')}</dt>
            <dd>
              {formatPercent(f.speakingRate, locale)}
              <small>
                {f.distinctSpeakers}/{f.present}
              </small>
            </dd>
          </div>
          <div>
            <dt>{t('overview.durationActual')}</dt>
            <dd>{f.durationMinutes != null ? t('overview.minutes', { count: f.durationMinutes }) : '—'}</dd>
          </div>
          {f.previousResolutionCompletionRate != null && (
            <div>
              <dt>{t('overview.previousCompletion')}</dt>
              <dd>{formatPercent(f.previousResolutionCompletionRate, locale)}</dd>
            </div>
          )}
        </dl>
      </section>

      <section className="card" aria-labelledby="facts-title">
        <h2 id="facts-title" className="visually-hidden">
          {t('overview.when')}
        </h2>
        <dl className="attrs">
          <dt>{t('overview.when')}</dt>
          <dd>{formatDateTime(m.scheduledStart, locale)}</dd>
          <dt>{t('overview.duration')}</dt>
          <dd>{t('overview.minutes', { count: m.plannedDurationMinutes })}</dd>
          {m.actualStart && (
            <>
              <dt>{t('overview.actual')}</dt>
              <dd>
                {formatDateTime(m.actualStart, locale)} – {formatTime(m.actualEnd, locale)}
              </dd>
            </>
          )}
          <dt>{t('overview.place')}</dt>
          <dd>{m.place || '—'}</dd>
          <dt>{t('overview.mode')}</dt>
          <dd>{t(`meeting.mode.${m.mode}`)}</dd>
          {m.onlineLink && (
            <>
              <dt>{t('overview.onlineLink')}</dt>
              <dd>
                <a href={m.onlineLink} target="_blank" rel="noopener noreferrer">
                  {m.onlineLink}
                </a>
              </dd>
            </>
          )}
          <dt>{t('schedule.chair')}</dt>
          <dd>{m.chair?.fullName ?? '—'}</dd>
          <dt>{t('schedule.preparer')}</dt>
          <dd>
            {m.preparer?.fullName ?? '—'}
            {m.preparerAssignment && (
              <small className="muted">
                {' '}
                {t('overview.preparerAssignedBy', {
                  name: m.preparerAssignment.assignedBy.fullName,
                  date: formatDateTime(m.preparerAssignment.assignedAt, locale),
                })}
              </small>
            )}
          </dd>
          <dt>{t('schedule.minuteTaker')}</dt>
          <dd>{m.minuteTaker?.fullName ?? '—'}</dd>
          {m.notifiedAt && (
            <>
              <dt>{t('overview.notifiedAt')}</dt>
              <dd>{formatDateTime(m.notifiedAt, locale)}</dd>
            </>
          )}
          {m.preMeetingId && (
            <>
              <dt>{t('overview.preMeeting')}</dt>
              <dd>
                <Link href={paths.meeting.build(m.preMeetingId)}>{t('overview.open')}</Link>
              </dd>
            </>
          )}
          {m.preparesMeetingId && (
            <>
              <dt>{t('overview.preparesMeeting')}</dt>
              <dd>
                <Link href={paths.meeting.build(m.preparesMeetingId)}>{t('overview.open')}</Link>
              </dd>
            </>
          )}
        </dl>
      </section>

      {editable && <PeopleForm />}

      {canChangeSchedule && <LifecycleActions />}

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title" className="section-title">
          {t('overview.history')}
        </h2>
        <ol className="timeline">
          {m.history.map((h, i) => (
            <li key={`${h.at}-${i}`}>
              <span className="timeline-date">{formatDateTime(h.at, locale)}</span>{' '}
              <strong>{t(`meeting.change.${h.kind}`)}</strong> · {h.actor}
              {h.toStart && h.fromStart !== h.toStart && (
                <span>
                  {' '}
                  · {h.fromStart ? `${formatDateTime(h.fromStart, locale)} → ` : ''}
                  {formatDateTime(h.toStart, locale)}
                </span>
              )}
              {h.reason && <p className="muted">{h.reason}</p>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function LifecycleActions() {
  const { t } = useI18n();
  const { meeting: m, server, enqueue } = useMeetingContext();
  const [open, setOpen] = useState<'none' | 'postpone' | 'cancel'>('none');
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('19:30');
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError(t('overview.reasonRequired'));
      return;
    }
    setError(undefined);
    if (open === 'postpone')
      void enqueue(
        { kind: 'postpone', reason: reason.trim(), newStart: date ? vietnamInstant(date, time) : null },
        server.version,
      );
    else void enqueue({ kind: 'cancel', reason: reason.trim() }, server.version);
    setOpen('none');
    setReason('');
  };
  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title" className="section-title">
        {t('overview.actions')}
      </h2>
      <div className="button-row">
        {m.status === 'PLANNED' && (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void enqueue({ kind: 'notify' }, server.version)}
          >
            {t('overview.notify')}
          </button>
        )}
        <button
          type="button"
          className="btn btn-secondary"
          aria-expanded={open === 'postpone'}
          onClick={() => setOpen(open === 'postpone' ? 'none' : 'postpone')}
        >
          {t('overview.postpone')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          aria-expanded={open === 'cancel'}
          onClick={() => setOpen(open === 'cancel' ? 'none' : 'cancel')}
        >
          {t('overview.cancel')}
        </button>
      </div>
      {m.status === 'PLANNED' && <p className="hint">{t('overview.notifyHint')}</p>}
      {open !== 'none' && (
        <form className="form" onSubmit={submit} noValidate>
          <Field name="reason" label={t('overview.reason')} required error={error}>
            {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          {open === 'postpone' && (
            <div className="form-grid">
              <Field name="newDate" label={t('overview.newDate')}>
                {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
              </Field>
              <Field name="newTime" label={t('overview.newTime')}>
                {(p) => <input {...p} type="time" value={time} onChange={(e) => setTime(e.target.value)} />}
              </Field>
            </div>
          )}
          <button type="submit" className={open === 'cancel' ? 'btn btn-danger' : 'btn btn-primary'}>
            {open === 'cancel' ? t('overview.confirmCancel') : t('overview.confirmPostpone')}
          </button>
        </form>
      )}
    </section>
  );
}

/** Chair, preparer and minute-taker (needed before the minutes can be approved). */
function PeopleForm() {
  const { t } = useI18n();
  const { meeting: m, server, enqueue } = useMeetingContext();
  const [open, setOpen] = useState(false);
  const [v, setV] = useState({
    chairId: m.chair?.id ?? '',
    preparerId: m.preparer?.id ?? '',
    minuteTakerId: m.minuteTaker?.id ?? '',
    preparerAssignedById: '',
  });
  if (!open)
    return (
      <div className="button-row section-gap">
        <button type="button" className="btn btn-secondary" onClick={() => setOpen(true)}>
          {t('overview.editPeople')}
        </button>
      </div>
    );
  const people = m.attendance;
  const select = (name: keyof typeof v, label: string) => (
    <Field name={name} label={label}>
      {(p) => (
        <select {...p} value={v[name]} onChange={(e) => setV({ ...v, [name]: e.target.value })}>
          <option value="">{t('schedule.nobody')}</option>
          {people.map((a) => (
            <option key={a.memberId} value={a.memberId}>
              {a.fullName}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form
      className="form card"
      aria-label={t('overview.editPeople')}
      onSubmit={(e) => {
        e.preventDefault();
        void enqueue(
          {
            kind: 'meeting.update',
            patch: {
              chairId: v.chairId || null,
              preparerId: v.preparerId || null,
              minuteTakerId: v.minuteTakerId || null,
              // BR-M2: only a new assignment is sent; the recorded one stays with its preparer
              ...(v.preparerAssignedById ? { preparerAssignedById: v.preparerAssignedById } : {}),
            },
          },
          server.version,
        );
        setOpen(false);
      }}
    >
      <div className="form-grid">
        {select('chairId', t('schedule.chair'))}
        {select('preparerId', t('schedule.preparer'))}
        {select('minuteTakerId', t('schedule.minuteTaker'))}
        {select('preparerAssignedById', t('overview.preparerAssignedByField'))}
      </div>
      <p className="hint">
        {t(
          m.policy.meetingRecords.preparerRule === 'ASSIGNED_BY_SECRETARY'
            ? 'overview.preparerRule.ASSIGNED_BY_SECRETARY'
            : 'overview.preparerRule.SECRETARY_OR_DEPUTY',
        )}
      </p>
      <div className="button-row">
        <button type="submit" className="btn btn-primary">
          {t('overview.savePeople')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
