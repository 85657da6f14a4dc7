import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { planKeys, type TopicalPlan, type TopicalPlanSave } from './types';

/** Creates (version 0) or rewrites a draft or returned plan. */
export async function saveTopicalPlan(
  organizationId: string,
  year: number,
  body: TopicalPlanSave,
): Promise<TopicalPlan> {
  return unwrap(
    await api().PUT('/api/v1/organizations/{id}/topical-plans/{year}', {
      params: { path: { id: organizationId, year } },
      body,
    }),
  );
}

export function useSaveTopicalPlan(organizationId: string, year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TopicalPlanSave) => saveTopicalPlan(organizationId, year, body),
    onSuccess: (plan) => {
      qc.setQueryData(planKeys.detail(organizationId, year), plan);
      void qc.invalidateQueries({ queryKey: planKeys.all, predicate: (q) => q.queryKey[1] === 'inbox' });
    },
  });
}
