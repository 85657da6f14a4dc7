import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type MemberSummary } from './types';

/** The cell's members (to choose a chair, a preparer, a minute-taker); at most 200. */
export async function listCellMembers(organizationId: string): Promise<MemberSummary[]> {
  const page = unwrap(
    await api().GET('/api/v1/organizations/{id}/members', {
      params: { path: { id: organizationId }, query: { size: 200 } },
    }),
  );
  return page.items;
}

export const cellMembersQueryOptions = (organizationId: string) =>
  queryOptions({
    queryKey: meetingKeys.cellMembers(organizationId),
    queryFn: () => listCellMembers(organizationId),
    staleTime: 5 * 60_000,
  });

export function useCellMembers(organizationId: string | undefined) {
  return useQuery({ ...cellMembersQueryOptions(organizationId ?? ''), enabled: !!organizationId });
}
