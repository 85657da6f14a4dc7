import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { ApiError } from '@/lib/api/problem';
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { isPresent, VOTE_CHOICES, type Vote, type VoteChoice, type VoteCreate } from '../api/types';
import { useMeetingContext } from './meeting-context';

type Method = VoteCreate['method'];

export function VotesStep() {
  const { t } = useI18n();
  const { meeting, editable, outbox } = useMeetingContext();
  const queued = outbox.getSnapshot().ops.filter((o) => o.payload.kind === 'vote.add');
  return (
    <div className="votes-step">
      {editable && <VoteForm />}
      <section className="card" aria-labelledby="votes-title">
        <h2 id="votes-title" className="section-title">
          {t('votes.title')}
        </h2>
        {meeting.votes.length === 0 && queued.length === 0 ? (
          <p className="muted">{t('votes.empty')}</p>
        ) : (
          <ul className="plain-list vote-list">
            {meeting.votes.map((v) => (
              <VoteResult key={v.id} vote={v} />
            ))}
            {queued.map((o) =>
              o.payload.kind === 'vote.add' ? (
                <li key={o.id}>
                  <strong>{o.payload.vote.subject}</strong>{' '}
                  <span className="badge badge-pending">{t('votes.pending')}</span>
                </li>
              ) : null,
            )}
          </ul>
        )}
      </section>
    </div>
  );
}

function VoteResult({ vote: v }: { vote: Vote }) {
  const { t } = useI18n();
  const ruleKey = `votes.rule.${v.rule}` as MessageKey;
  const rule = t(ruleKey) === ruleKey ? v.rule : t(ruleKey);
  return (
    <li className="vote-result">
      <p>
        <strong>{v.subject}</strong>{' '}
        <span className={`badge ${v.passed ? 'status-official' : 'badge-warn'}`}>
          {v.passed ? t('votes.passed') : t('votes.failed')}
        </span>
      </p>
      <p>
        {t('votes.result', { for: v.forCount, against: v.againstCount, abstain: v.abstainCount, eligible: v.eligible })}
      </p>
      <p className="muted">{t('votes.rule', { rule })}</p>
      {v.ballots.length > 0 && (
        <ul className="ballots">
          {v.ballots.map((b) => (
            <li key={b.memberId}>
              {b.fullName ?? b.memberId}: {t(`votes.choice.${b.choice}`)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function VoteForm() {
  const { t } = useI18n();
  const { meeting, enqueue, outbox } = useMeetingContext();
  const present = meeting.attendance.filter((a) => isPresent(a.status));
  const eligible = present.filter((a) => a.memberStatus === 'OFFICIAL');
  const [subject, setSubject] = useState('');
  const [method, setMethod] = useState<Method>('COUNT');
  const [counts, setCounts] = useState({ forCount: '', againstCount: '0', abstainCount: '0' });
  const [ballots, setBallots] = useState<Record<string, VoteChoice | ''>>({});
  const [error, setError] = useState<unknown>(null);
  const [subjectError, setSubjectError] = useState<string>();
  const [note, setNote] = useState<string>();
  const [busy, setBusy] = useState(false);
  const choiceOf = (memberId: string, official: boolean): VoteChoice | '' =>
    memberId in ballots ? ballots[memberId] : official ? 'FOR' : '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNote(undefined);
    if (!subject.trim()) {
      setSubjectError(t('votes.subjectRequired'));
      return;
    }
    setSubjectError(undefined);
    const vote: VoteCreate =
      method === 'COUNT'
        ? {
            subject: subject.trim(),
            method,
            forCount: Number(counts.forCount === '' ? eligible.length : counts.forCount),
            againstCount: Number(counts.againstCount || 0),
            abstainCount: Number(counts.abstainCount || 0),
          }
        : {
            subject: subject.trim(),
            method,
            ballots: present
              .map((a) => ({ memberId: a.memberId, choice: choiceOf(a.memberId, a.memberStatus === 'OFFICIAL') }))
              .filter((b): b is { memberId: string; choice: VoteChoice } => b.choice !== ''),
          };
    setBusy(true);
    const outcome = await enqueue({ kind: 'vote.add', vote });
    setBusy(false);
    if (outcome.status === 'rejected') {
      // The server's message belongs to this form; it is not left in the list of refused changes.
      outbox.dismissRejected(outcome.id);
      setError(outcome.error);
      return;
    }
    setError(null);
    if (outcome.status === 'queued') setNote(t('outbox.queued'));
    setSubject('');
    setCounts({ forCount: '', againstCount: '0', abstainCount: '0' });
    setBallots({});
  };

  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  return (
    <form className="form card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="vote-form-title">
      <h2 id="vote-form-title" className="section-title">
        {t('votes.submit')}
      </h2>
      <p>
        <strong>{t('votes.eligible', { count: eligible.length })}</strong>
      </p>
      <p className="hint">{t('votes.eligibleHint')}</p>
      <ErrorMessage error={error} hideFields={Object.keys(fieldErrors).filter((f) => f === 'subject')} />
      {note && (
        <p className="alert alert-info" role="status">
          {note}
        </p>
      )}
      <Field name="subject" label={t('votes.subject')} required error={subjectError ?? fieldErrors.subject}>
        {(p) => <input {...p} type="text" value={subject} onChange={(e) => setSubject(e.target.value)} />}
      </Field>
      <fieldset className="field">
        <legend>{t('votes.method')}</legend>
        {(['COUNT', 'NAMED'] as const).map((m) => (
          <label key={m} className="radio">
            <input type="radio" name="vote-method" value={m} checked={method === m} onChange={() => setMethod(m)} />
            <span>{t(`votes.method.${m}`)}</span>
          </label>
        ))}
      </fieldset>
      {method === 'COUNT' ? (
        <div className="form-grid three">
          {(
            [
              ['forCount', 'votes.for'],
              ['againstCount', 'votes.against'],
              ['abstainCount', 'votes.abstain'],
            ] as const
          ).map(([k, label]) => (
            <Field key={k} name={k} label={t(label)} error={fieldErrors[k]}>
              {(p) => (
                <input
                  {...p}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  placeholder={k === 'forCount' ? String(eligible.length) : undefined}
                  value={counts[k]}
                  onChange={(e) => setCounts({ ...counts, [k]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
      ) : (
        <ul className="plain-list ballot-form">
          {present.map((a) => {
            const official = a.memberStatus === 'OFFICIAL';
            return (
              <li key={a.memberId} className="ballot-row">
                <label htmlFor={`ballot-${a.memberId}`}>
                  {a.fullName}
                  {!official && <span className="badge status-probationary">{t('votes.probationary')}</span>}
                </label>
                <select
                  id={`ballot-${a.memberId}`}
                  value={choiceOf(a.memberId, official)}
                  onChange={(e) => setBallots({ ...ballots, [a.memberId]: e.target.value as VoteChoice | '' })}
                >
                  <option value="">—</option>
                  {VOTE_CHOICES.map((c) => (
                    <option key={c} value={c}>
                      {t(`votes.choice.${c}`)}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ul>
      )}
      <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
        {busy ? t('common.saving') : t('votes.submit')}
      </button>
    </form>
  );
}
