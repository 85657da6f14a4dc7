import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { Spinner } from '@/components/spinner';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useEvaluation } from '../api/get-evaluation';
import { useVerifyEvaluation } from '../api/verify-evaluation';
import type { Evaluation } from '../api/types';
import { EvaluationSummary } from './evaluation-summary';
import { ScoreTable } from './score-table';

const parse = (v: string | undefined) => (v == null || v.trim() === '' ? undefined : Number(v.replace(',', '.')));

/** The supervisor's screen: the cell's scores beside their own, comments, return or sign. */
export function VerificationScreen({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const query = useEvaluation(meetingId);
  if (query.isPending) return <Spinner />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const e = query.data;
  return (
    <section className="verification-screen" aria-label={t('verify.title')}>
      <EvaluationSummary evaluation={e} />
      {e.status === 'SUBMITTED' ? (
        <VerificationForm key={e.version} meetingId={meetingId} evaluation={e} />
      ) : (
        <>
          {e.status !== 'VERIFIED' && <p className="alert alert-info">{t('verify.notReady')}</p>}
          <ScoreTable evaluation={e} />
        </>
      )}
    </section>
  );
}

function VerificationForm({ meetingId, evaluation: e }: { meetingId: string; evaluation: Evaluation }) {
  const { t, locale } = useI18n();
  const verify = useVerifyEvaluation(meetingId);
  const [points, setPoints] = useState<Record<string, string>>(() =>
    Object.fromEntries(e.scores.map((s) => [s.code, String(s.verifierPoints ?? s.selfPoints ?? s.autoPoints ?? '')])),
  );
  const [comments, setComments] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const total = e.scores.reduce((sum, s) => sum + (parse(points[s.code]) ?? 0), 0);
  const max = e.scores.reduce((sum, s) => sum + s.maxPoints, 0);

  const sign = () => {
    setReasonError(undefined);
    verify.mutate({
      version: e.version,
      decision: 'SIGN',
      scores: e.scores
        .filter((s) => parse(points[s.code]) !== undefined)
        .map((s) => ({ code: s.code, points: parse(points[s.code])!, comment: comments[s.code]?.trim() || null })),
      comment: comment.trim() || null,
    });
  };
  const giveBack = () => {
    if (!reason.trim()) {
      setReasonError(t('verify.reasonRequired'));
      return;
    }
    setReasonError(undefined);
    verify.mutate({ version: e.version, decision: 'RETURN', reason: reason.trim(), comment: comment.trim() || null });
  };

  return (
    <form className="form verification-form" onSubmit={(ev) => ev.preventDefault()} noValidate>
      <ul className="verify-rows">
        {e.scores.map((s) => {
          const changed = parse(points[s.code]) !== (s.selfPoints ?? undefined);
          return (
            <li key={s.code} className="card verify-row" data-code={s.code}>
              <p className="card-title">
                <span className="criterion-code">{s.code}</span> {s.name}
                {s.gate && <span className="badge badge-gate"> {t('eval.gate')}</span>}
              </p>
              <p className="muted">
                {t('eval.max', { points: formatNumber(s.maxPoints, locale) })}
                {s.autoPoints != null && ` · ${t('eval.auto', { points: formatNumber(s.autoPoints, locale) })}`}
              </p>
              <div className="verify-columns">
                <div>
                  <span className="label">{t('eval.col.self')}</span>
                  <strong className="self-points">
                    {s.selfPoints == null ? '–' : formatNumber(s.selfPoints, locale)}
                  </strong>
                </div>
                <label className={changed ? 'verifier-points changed' : 'verifier-points'}>
                  <span className="label">{t('eval.col.verifier')}</span>
                  <input
                    type="number"
                    inputMode="decimal"
                    className="points-input"
                    aria-label={`${s.code} ${t('eval.col.verifier')}`}
                    min={0}
                    max={s.maxPoints}
                    step="any"
                    value={points[s.code] ?? ''}
                    onChange={(ev) => setPoints((p) => ({ ...p, [s.code]: ev.target.value }))}
                  />
                </label>
              </div>
              {s.justification && <p className="small">{s.justification}</p>}
              <Field name={`comment-${s.code}`} label={t('verify.criterionComment', { code: s.code })}>
                {(p) => (
                  <input
                    {...p}
                    type="text"
                    value={comments[s.code] ?? ''}
                    onChange={(ev) => setComments((c) => ({ ...c, [s.code]: ev.target.value }))}
                  />
                )}
              </Field>
            </li>
          );
        })}
      </ul>
      <p className="live-total" aria-live="polite">
        {t('verify.total', { total: formatNumber(total, locale), max: formatNumber(max, locale) })}
      </p>
      <Field name="comment" label={t('verify.comment')}>
        {(p) => <textarea {...p} rows={3} value={comment} onChange={(ev) => setComment(ev.target.value)} />}
      </Field>
      <Field name="reason" label={t('verify.reason')} error={reasonError}>
        {(p) => <textarea {...p} rows={2} value={reason} onChange={(ev) => setReason(ev.target.value)} />}
      </Field>
      <ErrorMessage error={verify.error} />
      <div className="form-actions sticky-actions">
        <button type="button" className="btn btn-secondary btn-large" disabled={verify.isPending} onClick={giveBack}>
          {t('verify.return')}
        </button>
        <button type="button" className="btn btn-primary btn-large" disabled={verify.isPending} onClick={sign}>
          {t('verify.sign')}
        </button>
      </div>
    </form>
  );
}
