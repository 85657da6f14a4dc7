import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { SUBTREE_PAGE_SIZE } from '@/lib/api/paging';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type SupervisionVisitPage } from './types';

/** Supervision visits to the cells of a subtree in a period, latest first, a page at a time. */
export async function listVisits(
  organizationId: string,
  from: string,
  to: string,
  page = 0,
): Promise<SupervisionVisitPage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/visits', {
      params: { path: { id: organizationId }, query: { from, to, page, size: SUBTREE_PAGE_SIZE } },
    }),
  );
}

export const visitsQueryOptions = (organizationId: string, from: string, to: string, page = 0) =>
  queryOptions({
    queryKey: supervisionKeys.visits(organizationId, from, to, page),
    queryFn: () => listVisits(organizationId, from, to, page),
    placeholderData: keepPreviousData,
  });

export function useVisits(organizationId: string, from: string, to: string, page = 0) {
  return useQuery(visitsQueryOptions(organizationId, from, to, page));
}
