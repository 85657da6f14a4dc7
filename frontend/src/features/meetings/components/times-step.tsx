import { useState, type FormEvent } from 'react';
import { Field } from '@/components/field';
import { formatDateTime, formatTime, vietnamDateTime, vietnamInstant } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMeetingContext } from './meeting-context';

const local = (iso: string) => {
  const p = vietnamDateTime(iso);
  return `${p.date}T${p.time}`;
};
const instant = (value: string) => vietnamInstant(value.slice(0, 10), value.slice(11, 16));

/** Actual start and end (as Viet Nam time); recording them marks the meeting held. */
export function TimesStep() {
  const { t, locale } = useI18n();
  const { meeting, server, editable, enqueue } = useMeetingContext();
  const planned = meeting.plannedDurationMinutes || 120;
  const [start, setStart] = useState(() => local(meeting.actualStart ?? meeting.scheduledStart));
  const [end, setEnd] = useState(() =>
    local(meeting.actualEnd ?? new Date(new Date(meeting.scheduledStart).getTime() + planned * 60_000).toISOString()),
  );
  const [error, setError] = useState<string>();
  const minutes =
    start && end ? Math.round((new Date(instant(end)).getTime() - new Date(instant(start)).getTime()) / 60_000) : 0;
  const min =
    meeting.type === 'COMBINED' ? meeting.policy.combinedMinDurationMinutes : meeting.policy.minDurationMinutes;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!start || !end || minutes <= 0) {
      setError(t('times.endBeforeStart'));
      return;
    }
    setError(undefined);
    void enqueue({ kind: 'times', actualStart: instant(start), actualEnd: instant(end) }, server.version);
  };

  return (
    <div className="times-step">
      {meeting.actualStart && meeting.actualEnd && (
        <p className="alert alert-success" role="status">
          {t('times.recorded', {
            start: formatDateTime(meeting.actualStart, locale),
            end: formatTime(meeting.actualEnd, locale),
          })}
          {meeting.figures.durationMinutes != null &&
            ` · ${t('overview.minutes', { count: meeting.figures.durationMinutes })}`}
        </p>
      )}
      {editable && (
        <form className="form card" onSubmit={submit} noValidate aria-labelledby="times-title">
          <h2 id="times-title" className="section-title">
            {t('times.title')}
          </h2>
          <div className="form-grid">
            <Field name="actualStart" label={t('times.start')} required>
              {(p) => <input {...p} type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />}
            </Field>
            <Field name="actualEnd" label={t('times.end')} required error={error}>
              {(p) => <input {...p} type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} />}
            </Field>
          </div>
          <p role="status" className={minutes > 0 && minutes < min ? 'rate-low' : undefined}>
            {minutes > 0 && t('times.duration', { minutes })}
            {minutes > 0 && minutes < min && ` · ${t('times.tooShort', { min })}`}
          </p>
          <button type="submit" className="btn btn-primary btn-block">
            {t('times.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
