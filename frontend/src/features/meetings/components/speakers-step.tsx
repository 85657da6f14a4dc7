import { useState, type FormEvent } from 'react';
import { Field } from '@/components/field';
import { formatPercent } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDraft } from '@/lib/use-draft';
import { isPresent } from '../api/types';
import { isTempId, tempId } from '../offline/meeting-ops';
import { useMeetingContext } from './meeting-context';

export function SpeakersStep() {
  const { t, locale } = useI18n();
  const { meeting, pending, editable, enqueue, discardPendingCreate } = useMeetingContext();
  const present = meeting.attendance.filter((a) => isPresent(a.status));
  const speakers = new Set(meeting.speeches.map((s) => s.memberId).filter(Boolean));
  const rate = present.length ? (speakers.size * 100) / present.length : 0;
  const target = meeting.policy.speakingTargetPercent;
  const draft = useDraft(`speech.${meeting.id}`, () => ({ speaker: '', agendaItemId: '', summary: '' }));
  const [error, setError] = useState<string>();
  const agenda = meeting.agenda.filter((i) => !isTempId(i.id));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const [kind, id] = draft.value.speaker.split(':');
    if (!id) {
      setError(t('speeches.chooseSpeaker'));
      return;
    }
    setError(undefined);
    const name =
      kind === 'm'
        ? (meeting.attendance.find((a) => a.memberId === id)?.fullName ?? '')
        : (meeting.guests.find((g) => g.id === id)?.name ?? '');
    void enqueue({
      kind: 'speech.add',
      tempId: tempId(),
      speakerName: name,
      memberId: kind === 'm' ? id : null,
      guestId: kind === 'g' ? id : null,
      agendaItemId: draft.value.agendaItemId || null,
      summary: draft.value.summary.trim() || null,
    });
    draft.clear({ speaker: '', agendaItemId: draft.value.agendaItemId, summary: '' });
  };

  const remove = (id: string) => {
    if (isTempId(id) && discardPendingCreate(id)) return;
    void enqueue({ kind: 'speech.remove', speechId: id });
  };

  return (
    <div className="speakers-step">
      <p className="attendance-summary" role="status">
        <strong>
          {t('speeches.rate', { rate: formatPercent(rate, locale), speakers: speakers.size, present: present.length })}
        </strong>{' '}
        <span className={rate < target ? 'rate-low' : 'muted'}>({t('speeches.target', { target })})</span>
      </p>
      {editable && (
        <form className="form card" onSubmit={submit} noValidate aria-labelledby="speech-form-title">
          <h2 id="speech-form-title" className="section-title">
            {t('speeches.add')}
          </h2>
          <Field name="speaker" label={t('speeches.speaker')} required error={error}>
            {(p) => (
              <select
                {...p}
                value={draft.value.speaker}
                onChange={(e) => draft.update({ ...draft.value, speaker: e.target.value })}
              >
                <option value="">{t('common.choose')}</option>
                <optgroup label={t('attendance.status.PRESENT')}>
                  {present.map((a) => (
                    <option key={a.memberId} value={`m:${a.memberId}`}>
                      {a.fullName}
                    </option>
                  ))}
                </optgroup>
                {meeting.guests.length > 0 && (
                  <optgroup label={t('guests.title')}>
                    {meeting.guests.map((g) => (
                      <option key={g.id} value={`g:${g.id}`}>
                        {g.name}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            )}
          </Field>
          <Field name="agendaItemId" label={t('speeches.agendaItem')}>
            {(p) => (
              <select
                {...p}
                value={draft.value.agendaItemId}
                onChange={(e) => draft.update({ ...draft.value, agendaItemId: e.target.value })}
              >
                <option value="">{t('speeches.anyItem')}</option>
                {agenda.map((i, n) => (
                  <option key={i.id} value={i.id}>
                    {n + 1}. {i.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="summary" label={t('speeches.summary')}>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={draft.value.summary}
                onChange={(e) => draft.update({ ...draft.value, summary: e.target.value })}
              />
            )}
          </Field>
          <button type="submit" className="btn btn-primary btn-block">
            {t('speeches.add')}
          </button>
        </form>
      )}
      <section className="card" aria-labelledby="speeches-title">
        <h2 id="speeches-title" className="section-title">
          {t('speeches.title')} <span className="count">({meeting.speeches.length})</span>
        </h2>
        {meeting.speeches.length === 0 ? (
          <p className="muted">{t('speeches.empty')}</p>
        ) : (
          <ol className="speech-list">
            {meeting.speeches.map((s) => {
              const item = meeting.agenda.find((i) => i.id === s.agendaItemId);
              return (
                <li key={s.id} className="row-with-action">
                  <div>
                    <strong>{s.speakerName}</strong>
                    {s.guestId && <span className="muted"> {t('speeches.guest')}</span>}
                    {item && <span className="muted"> · {item.title}</span>}
                    {pending.speeches.has(s.id) && <span className="badge badge-pending">{t('outbox.pending')}</span>}
                    {s.summary && <p className="speech-summary">{s.summary}</p>}
                  </div>
                  {editable && (
                    <button
                      type="button"
                      className="btn btn-link"
                      aria-label={t('speeches.remove', { name: s.speakerName })}
                      onClick={() => remove(s.id)}
                    >
                      ✕
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
