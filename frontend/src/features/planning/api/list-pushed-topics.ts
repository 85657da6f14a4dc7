import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { planKeys, type PushedTopic } from './types';

/** Topics a committee pushed down to its cells in a year, with what the cells made of them. */
export async function listPushedTopics(organizationId: string, year: number): Promise<PushedTopic[]> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/pushed-topics', {
      params: { path: { id: organizationId }, query: { year } },
    }),
  );
}

export const pushedTopicsQueryOptions = (organizationId: string, year: number) =>
  queryOptions({
    queryKey: planKeys.pushed(organizationId, year),
    queryFn: () => listPushedTopics(organizationId, year),
  });

export function usePushedTopics(organizationId: string, year: number) {
  return useQuery(pushedTopicsQueryOptions(organizationId, year));
}
