import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { assignmentKeys, PAGE_SIZE, type SupervisionAssignmentPage } from './types';

/** Supervision assignments of the cells of a subtree, by cell name, a page at a time. */
export async function listSupervisionAssignments(orgId: string, page: number): Promise<SupervisionAssignmentPage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/supervision-assignments', {
      params: { path: { id: orgId }, query: { page, size: PAGE_SIZE } },
    }),
  );
}

export const supervisionAssignmentsQueryOptions = (orgId: string, page = 0) =>
  queryOptions({
    queryKey: assignmentKeys.list(orgId, page),
    queryFn: () => listSupervisionAssignments(orgId, page),
    placeholderData: keepPreviousData,
  });

export function useSupervisionAssignments(orgId: string, page = 0) {
  return useQuery(supervisionAssignmentsQueryOptions(orgId, page));
}
