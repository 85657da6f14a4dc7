import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { CheckboxField, Field } from '@/components/field';
import { ApiError } from '@/lib/api/problem';
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import {
  countsAsPresent,
  DECISION_KINDS,
  opinionsDiffered,
  VOTE_CHOICES,
  type DecisionKind,
  type Vote,
  type VoteChoice,
  type VoteCreate,
} from '../api/types';
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
      <p className="muted">
        {t(`votes.kind.${v.decisionKind}`)} · {t('votes.rule', { rule })}
      </p>
      {v.opinionsDiffered && (
        <p className={v.furtherDiscussion ? 'muted' : 'badge badge-warn'}>
          {t(v.furtherDiscussion ? 'votes.discussed' : 'votes.notDiscussed')}
        </p>
      )}
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
  // BR-H9: members online vote only where the policy counts them as present, as the server decides.
  const present = meeting.attendance.filter((a) => countsAsPresent(a.status, meeting.policy.onlineAttendanceCounts));
  const eligible = present.filter((a) => a.memberStatus === 'OFFICIAL');
  const configured = new Set(meeting.policy.voteRules.map((r) => r.decisionKind));
  const [subject, setSubject] = useState('');
  const [method, setMethod] = useState<Method>('COUNT');
  const [kind, setKind] = useState<DecisionKind>('ORDINARY');
  const [differTicked, setDifferTicked] = useState(false);
  const [discussion, setDiscussion] = useState<'' | 'yes' | 'no'>('');
  const [discussionError, setDiscussionError] = useState<string>();
  const [counts, setCounts] = useState({ forCount: '', againstCount: '0', abstainCount: '0' });
  const [ballots, setBallots] = useState<Record<string, VoteChoice | ''>>({});
  const [error, setError] = useState<unknown>(null);
  const [subjectError, setSubjectError] = useState<string>();
  const [note, setNote] = useState<string>();
  const [busy, setBusy] = useState(false);
  const choiceOf = (memberId: string, official: boolean): VoteChoice | '' =>
    memberId in ballots ? ballots[memberId] : official ? 'FOR' : '';
  const chosen = present.map((a) => choiceOf(a.memberId, a.memberStatus === 'OFFICIAL'));
  // BR-H10: differing opinions (ticked, or votes against or abstaining) prompt the chair about further discussion.
  const differ =
    method === 'COUNT'
      ? opinionsDiffered(differTicked, Number(counts.againstCount || 0), Number(counts.abstainCount || 0))
      : opinionsDiffered(
          differTicked,
          chosen.filter((c) => c === 'AGAINST').length,
          chosen.filter((c) => c === 'ABSTAIN').length,
        );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNote(undefined);
    if (!subject.trim()) {
      setSubjectError(t('votes.subjectRequired'));
      return;
    }
    setSubjectError(undefined);
    if (differ && discussion === '') {
      setDiscussionError(t('votes.discussionRequired'));
      return;
    }
    setDiscussionError(undefined);
    const debate = {
      decisionKind: kind,
      opinionsDiffered: differ,
      furtherDiscussion: differ ? discussion === 'yes' : null,
    };
    const vote: VoteCreate =
      method === 'COUNT'
        ? {
            ...debate,
            subject: subject.trim(),
            method,
            forCount: Number(counts.forCount === '' ? eligible.length : counts.forCount),
            againstCount: Number(counts.againstCount || 0),
            abstainCount: Number(counts.abstainCount || 0),
          }
        : {
            ...debate,
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
    setKind('ORDINARY');
    setDifferTicked(false);
    setDiscussion('');
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
      <ErrorMessage
        error={error}
        hideFields={Object.keys(fieldErrors).filter((f) => f === 'subject' || f === 'decisionKind')}
      />
      {note && (
        <p className="alert alert-info" role="status">
          {note}
        </p>
      )}
      <Field name="subject" label={t('votes.subject')} required error={subjectError ?? fieldErrors.subject}>
        {(p) => <input {...p} type="text" value={subject} onChange={(e) => setSubject(e.target.value)} />}
      </Field>
      <Field name="decisionKind" label={t('votes.kind')} error={fieldErrors.decisionKind}>
        {(p) => (
          <select {...p} value={kind} onChange={(e) => setKind(e.target.value as DecisionKind)}>
            {DECISION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`votes.kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!configured.has(kind) && <p className="alert alert-warning">{t('votes.kindNoRule')}</p>}
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
      <CheckboxField
        name="opinionsDiffered"
        label={t('votes.opinionsDiffer')}
        checked={differTicked}
        onChange={setDifferTicked}
      />
      {differ && (
        <fieldset
          className="field discussion-prompt"
          aria-describedby={discussionError ? 'discussion-error' : undefined}
        >
          <legend>{t('votes.discussionPrompt')}</legend>
          {(['yes', 'no'] as const).map((d) => (
            <label key={d} className="radio">
              <input
                type="radio"
                name="further-discussion"
                value={d}
                checked={discussion === d}
                onChange={() => setDiscussion(d)}
              />
              <span>{t(d === 'yes' ? 'votes.discussionYes' : 'votes.discussionNo')}</span>
            </label>
          ))}
          {discussionError && (
            <p id="discussion-error" className="field-error" role="alert">
              {discussionError}
            </p>
          )}
        </fieldset>
      )}
      <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
        {busy ? t('common.saving') : t('votes.submit')}
      </button>
    </form>
  );
}
