import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { assignmentKeys, type SupervisionAssignment } from './types';

export async function listSupervisionAssignments(orgId: string): Promise<SupervisionAssignment[]> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/supervision-assignments', { params: { path: { id: orgId } } }),
  );
}

export const supervisionAssignmentsQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: assignmentKeys.list(orgId), queryFn: () => listSupervisionAssignments(orgId) });

export function useSupervisionAssignments(orgId: string) {
  return useQuery(supervisionAssignmentsQueryOptions(orgId));
}
