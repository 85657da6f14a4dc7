import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { memberKeys, type ListMembersQuery, type MemberPage } from './types';

export async function listMembers(organizationId: string, query: ListMembersQuery): Promise<MemberPage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/members', { params: { path: { id: organizationId }, query } }),
  );
}

export const membersQueryOptions = (organizationId: string, query: ListMembersQuery) =>
  queryOptions({
    queryKey: memberKeys.list(organizationId, query),
    queryFn: () => listMembers(organizationId, query),
    placeholderData: keepPreviousData,
  });

export function useMembers(organizationId: string, query: ListMembersQuery) {
  return useQuery(membersQueryOptions(organizationId, query));
}
