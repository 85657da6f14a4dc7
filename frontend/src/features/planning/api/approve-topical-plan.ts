import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { planKeys, type PlanDecision, type TopicalPlan } from './types';

/** Committee staff approve a submitted plan; the server creates the planned meetings. */
export async function approveTopicalPlan(planId: string, body: PlanDecision): Promise<TopicalPlan> {
  return unwrap(await api().POST('/api/v1/topical-plans/{id}/approval', { params: { path: { id: planId } }, body }));
}

export function useApproveTopicalPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, body }: { planId: string; body: PlanDecision }) => approveTopicalPlan(planId, body),
    onSuccess: (plan) => {
      qc.setQueryData(planKeys.detail(plan.organizationId, plan.year), plan);
      void qc.invalidateQueries({ queryKey: planKeys.all });
      // The approval put meetings in the cell's calendar.
      void qc.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
}
