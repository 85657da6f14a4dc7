import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Field } from '@/components/field';
import { isVersionConflict, optionalText } from '@/lib/form';
import { useI18n } from '@/lib/i18n/i18n';
import { useApproveTopicalPlan } from '../api/approve-topical-plan';
import { useReturnTopicalPlan } from '../api/return-topical-plan';
import type { TopicalPlan } from '../api/types';

/** Committee staff on a submitted plan: approve it, or return it with a comment. */
export function PlanDecision({ plan, onReload }: { plan: TopicalPlan; onReload: () => void }) {
  const { t } = useI18n();
  const approve = useApproveTopicalPlan();
  const giveBack = useReturnTopicalPlan();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string>();
  const busy = approve.isPending || giveBack.isPending;
  const error = approve.error ?? giveBack.error;

  const doReturn = () => {
    if (!comment.trim()) {
      setCommentError(t('plan.commentRequired'));
      return;
    }
    setCommentError(undefined);
    approve.reset();
    giveBack.mutate({ planId: plan.id, body: { version: plan.version, comment: comment.trim() } });
  };
  const doApprove = () => {
    setCommentError(undefined);
    giveBack.reset();
    approve.mutate({ planId: plan.id, body: { version: plan.version, comment: optionalText(comment) } });
  };

  return (
    <form
      className="form card plan-decision"
      onSubmit={(e) => e.preventDefault()}
      noValidate
      aria-labelledby="pd-title"
    >
      <h2 id="pd-title" className="section-title">
        {t('plan.decide')}
      </h2>
      <p className="hint">{t('plan.decideHint')}</p>
      <Field name="comment" label={t('plan.comment')} error={commentError ?? undefined}>
        {(p) => <textarea {...p} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </Field>
      <ErrorMessage error={error} onRetry={isVersionConflict(error) ? onReload : undefined} />
      <div className="sticky-actions">
        <button type="button" className="btn btn-secondary btn-large" disabled={busy} onClick={doReturn}>
          {t('plan.return')}
        </button>
        <button type="button" className="btn btn-primary btn-large" disabled={busy} onClick={doApprove}>
          {t('plan.approve')}
        </button>
      </div>
    </form>
  );
}
