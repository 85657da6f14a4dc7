import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { inboxQuery, type InboxFilter } from '../logic/inbox';
import { PAGE_SIZE, planKeys, type PlanInbox } from './types';

/** A committee's inbox: the counts over every cell below it, and a page of the cells matching the filter. */
export async function listTopicalPlans(
  organizationId: string,
  year: number,
  filter: InboxFilter = 'ALL',
  page = 0,
): Promise<PlanInbox> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/topical-plans', {
      params: { path: { id: organizationId }, query: { year, ...inboxQuery(filter), page, size: PAGE_SIZE } },
    }),
  );
}

export const topicalPlansQueryOptions = (organizationId: string, year: number, filter: InboxFilter = 'ALL', page = 0) =>
  queryOptions({
    queryKey: planKeys.inbox(organizationId, year, filter, page),
    queryFn: () => listTopicalPlans(organizationId, year, filter, page),
    placeholderData: keepPreviousData,
  });

export function useTopicalPlans(organizationId: string, year: number, filter: InboxFilter = 'ALL', page = 0) {
  return useQuery(topicalPlansQueryOptions(organizationId, year, filter, page));
}
