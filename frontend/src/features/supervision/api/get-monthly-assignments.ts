import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type MonthlyAssignments } from './types';

/** A team's assignment of its members to cells for a month (version 0 before the first save). */
export async function getMonthlyAssignments(teamId: string, month: string): Promise<MonthlyAssignments> {
  return unwrap(
    await api().GET('/api/v1/supervision-teams/{id}/assignments/{month}', {
      params: { path: { id: teamId, month } },
    }),
  );
}

export const monthlyAssignmentsQueryOptions = (teamId: string, month: string) =>
  queryOptions({
    queryKey: supervisionKeys.assignments(teamId, month),
    queryFn: () => getMonthlyAssignments(teamId, month),
  });

export function useMonthlyAssignments(teamId: string, month: string) {
  return useQuery(monthlyAssignmentsQueryOptions(teamId, month));
}
