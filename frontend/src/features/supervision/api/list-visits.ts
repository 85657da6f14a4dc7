import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type SupervisionVisit } from './types';

/** Supervision visits to the cells of a subtree in a period, latest first. */
export async function listVisits(organizationId: string, from: string, to: string): Promise<SupervisionVisit[]> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/visits', {
      params: { path: { id: organizationId }, query: { from, to } },
    }),
  );
}

export const visitsQueryOptions = (organizationId: string, from: string, to: string) =>
  queryOptions({
    queryKey: supervisionKeys.visits(organizationId, from, to),
    queryFn: () => listVisits(organizationId, from, to),
  });

export function useVisits(organizationId: string, from: string, to: string) {
  return useQuery(visitsQueryOptions(organizationId, from, to));
}
