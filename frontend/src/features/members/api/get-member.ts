import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { memberKeys, type Member } from './types';

export async function getMember(id: string): Promise<Member> {
  return unwrap(await api().GET('/api/v1/members/{id}', { params: { path: { id } } }));
}

export const memberQueryOptions = (id: string) =>
  queryOptions({ queryKey: memberKeys.detail(id), queryFn: () => getMember(id) });

export function useMember(id: string) {
  return useQuery(memberQueryOptions(id));
}
