import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { planKeys, type PlanInbox } from './types';

/** A committee's inbox: every cell below it with the state of its plan for the year. */
export async function listTopicalPlans(organizationId: string, year: number): Promise<PlanInbox> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/topical-plans', {
      params: { path: { id: organizationId }, query: { year } },
    }),
  );
}

export const topicalPlansQueryOptions = (organizationId: string, year: number) =>
  queryOptions({
    queryKey: planKeys.inbox(organizationId, year),
    queryFn: () => listTopicalPlans(organizationId, year),
    placeholderData: keepPreviousData,
  });

export function useTopicalPlans(organizationId: string, year: number) {
  return useQuery(topicalPlansQueryOptions(organizationId, year));
}
