import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { planKeys, type TopicalPlan } from './types';

/** A cell's topical plan for a year; null while the cell has none yet (the server answers 404). */
export async function getTopicalPlan(organizationId: string, year: number): Promise<TopicalPlan | null> {
  const result = await api().GET('/api/v1/organizations/{id}/topical-plans/{year}', {
    params: { path: { id: organizationId, year } },
  });
  if (result.response.status === 404) return null;
  return unwrap(result);
}

export const topicalPlanQueryOptions = (organizationId: string, year: number) =>
  queryOptions({
    queryKey: planKeys.detail(organizationId, year),
    queryFn: () => getTopicalPlan(organizationId, year),
  });

export function useTopicalPlan(organizationId: string, year: number) {
  return useQuery(topicalPlanQueryOptions(organizationId, year));
}
