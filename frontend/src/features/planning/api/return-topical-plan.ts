import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { planKeys, type PlanDecision, type TopicalPlan } from './types';

/** Committee staff give a submitted plan back with a comment (required). */
export async function returnTopicalPlan(planId: string, body: PlanDecision): Promise<TopicalPlan> {
  return unwrap(await api().POST('/api/v1/topical-plans/{id}/return', { params: { path: { id: planId } }, body }));
}

export function useReturnTopicalPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, body }: { planId: string; body: PlanDecision }) => returnTopicalPlan(planId, body),
    onSuccess: (plan) => {
      qc.setQueryData(planKeys.detail(plan.organizationId, plan.year), plan);
      void qc.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}
