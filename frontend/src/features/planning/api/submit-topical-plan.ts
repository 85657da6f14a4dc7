import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { planKeys, type TopicalPlan } from './types';

/** Sends the plan to the committee above (422 when a quarter is empty and the policy refuses it). */
export async function submitTopicalPlan(planId: string, version: number): Promise<TopicalPlan> {
  return unwrap(
    await api().POST('/api/v1/topical-plans/{id}/submission', { params: { path: { id: planId } }, body: { version } }),
  );
}

export function useSubmitTopicalPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, version }: { planId: string; version: number }) => submitTopicalPlan(planId, version),
    onSuccess: (plan) => {
      qc.setQueryData(planKeys.detail(plan.organizationId, plan.year), plan);
      void qc.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}
