import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { planKeys, type PushedTopicPage } from './types';

/** Topics a committee pushed down to its cells in a year, with what the cells made of them, a page at a time. */
export async function listPushedTopics(
  organizationId: string,
  year: number,
  page: number,
  size: number,
): Promise<PushedTopicPage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/pushed-topics', {
      params: { path: { id: organizationId }, query: { year, page, size } },
    }),
  );
}

export const pushedTopicsQueryOptions = (organizationId: string, year: number, page: number, size: number) =>
  queryOptions({
    queryKey: [...planKeys.pushed(organizationId, year), page, size],
    queryFn: () => listPushedTopics(organizationId, year, page, size),
    placeholderData: keepPreviousData,
  });

export function usePushedTopics(organizationId: string, year: number, page: number, size: number) {
  return useQuery(pushedTopicsQueryOptions(organizationId, year, page, size));
}
