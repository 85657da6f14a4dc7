import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { planKeys, type TopicGroup } from './types';

/** The ten topic groups of topical sessions, in their order. */
export async function listTopicGroups(): Promise<TopicGroup[]> {
  const groups = unwrap(await api().GET('/api/v1/topic-groups'));
  return [...groups].sort((a, b) => a.position - b.position);
}

export const topicGroupsQueryOptions = () =>
  queryOptions({ queryKey: planKeys.topicGroups(), queryFn: listTopicGroups, staleTime: 60 * 60_000 });

export function useTopicGroups() {
  return useQuery(topicGroupsQueryOptions());
}
