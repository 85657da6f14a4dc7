import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { InboxStatus, PlanItemProgress, TopicalPlan } from '../api/types';

const STATUS_CLASS: Record<InboxStatus, string> = {
  NONE: 'badge-closed',
  DRAFT: 'badge-pending',
  SUBMITTED: 'badge-auto',
  APPROVED: 'status-official',
  RETURNED: 'badge-warn',
};

export function PlanStatusBadge({ status, late }: { status: InboxStatus; late?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="badges">
      <span className={`badge plan-status ${STATUS_CLASS[status]}`}>{t(`plan.status.${status}`)}</span>
      {late && <span className="badge badge-danger">{t('plan.late')}</span>}
    </span>
  );
}

export function ProgressBadge({ progress }: { progress: PlanItemProgress }) {
  const { t } = useI18n();
  return <span className={`badge progress-${progress.toLowerCase()}`}>{t(`plan.progress.${progress}`)}</span>;
}

/** Status, deadline and submission facts of a plan, one short block. */
export function PlanFacts({ plan }: { plan: TopicalPlan }) {
  const { t, locale } = useI18n();
  return (
    <dl className="attrs plan-facts">
      <dt>{t('plan.field.status')}</dt>
      <dd>
        <PlanStatusBadge status={plan.status} late={plan.late} />
      </dd>
      <dt>{t('plan.field.due')}</dt>
      <dd>{formatDate(plan.dueDate, locale)}</dd>
      {plan.submittedAt && (
        <>
          <dt>{t('plan.field.submittedAt')}</dt>
          <dd>{formatDateTime(plan.submittedAt, locale)}</dd>
        </>
      )}
      {plan.policyLabel && (
        <>
          <dt>{t('plan.field.policy')}</dt>
          <dd>{plan.policyLabel}</dd>
        </>
      )}
      {plan.decidedAt && (
        <>
          <dt>{t('plan.field.decidedAt')}</dt>
          <dd>
            {formatDateTime(plan.decidedAt, locale)}
            {plan.decidedBy && ` · ${plan.decidedBy}`}
          </dd>
        </>
      )}
    </dl>
  );
}
