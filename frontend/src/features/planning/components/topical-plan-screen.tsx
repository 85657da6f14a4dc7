import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { Spinner } from '@/components/spinner';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useTopicalPlan } from '../api/get-topical-plan';
import { isEditable, lastReturn } from '../logic/plan-items';
import { PlanDecision } from './plan-decision';
import { PlanEditor } from './plan-editor';
import { PlanHistory } from './plan-history';
import { PlanFacts } from './plan-status';
import { PlanView } from './plan-view';

/**
 * A cell's annual plan of topical sessions. The secretary (or staff above) edits it while it is a
 * draft or returned; committee staff approve or return a submitted one; everyone sees each item's
 * progress and the history.
 */
export function TopicalPlanScreen({
  organizationId,
  year,
  mayEdit,
  mayDecide,
}: {
  organizationId: string;
  year: number;
  mayEdit: boolean;
  mayDecide: boolean;
}) {
  const { t, locale } = useI18n();
  const query = useTopicalPlan(organizationId, year);
  const [generation, setGeneration] = useState(0);
  const reload = () => void query.refetch().then(() => setGeneration((g) => g + 1));
  if (query.isPending) return <Spinner />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const plan = query.data;
  const returned = plan?.status === 'RETURNED' ? lastReturn(plan.history) : undefined;
  const editing = mayEdit && isEditable(plan?.status);

  return (
    <div className="topical-plan">
      {plan ? <PlanFacts plan={plan} /> : <p className="muted">{t('plan.none')}</p>}
      {returned && (
        <div className="alert alert-warning plan-returned" role="note">
          <p className="alert-title">
            {t('plan.returnedBy', { actor: returned.actor, when: formatDateTime(returned.at, locale) })}
          </p>
          {returned.comment && <p className="pre-wrap">{returned.comment}</p>}
        </div>
      )}
      {plan && plan.warnings.length > 0 && (
        <ul className="alert alert-warning warnings" aria-label={t('plan.warnings')}>
          {plan.warnings.map((w) => (
            <li key={w.code}>{w.message}</li>
          ))}
        </ul>
      )}
      {plan?.status === 'SUBMITTED' && !mayDecide && (
        <p className="alert alert-info" role="status">
          {t('plan.waiting')}
        </p>
      )}
      {editing ? (
        <PlanEditor key={generation} organizationId={organizationId} year={year} plan={plan} onReload={reload} />
      ) : plan ? (
        <PlanView items={plan.items} />
      ) : null}
      {plan?.status === 'SUBMITTED' && mayDecide && <PlanDecision key={plan.version} plan={plan} onReload={reload} />}
      {plan && <PlanHistory history={plan.history} />}
    </div>
  );
}
