import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type MonthlyAssignments, type MonthlyAssignmentsSave } from './types';

/** Replaces a team's assignments of a month (cells outside the committee's subtree are refused). */
export async function saveMonthlyAssignments(
  teamId: string,
  month: string,
  body: MonthlyAssignmentsSave,
): Promise<MonthlyAssignments> {
  return unwrap(
    await api().PUT('/api/v1/supervision-teams/{id}/assignments/{month}', {
      params: { path: { id: teamId, month } },
      body,
    }),
  );
}

export function useSaveMonthlyAssignments(teamId: string, month: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MonthlyAssignmentsSave) => saveMonthlyAssignments(teamId, month, body),
    onSuccess: (saved) => {
      qc.setQueryData(supervisionKeys.assignments(teamId, month), saved);
      // Monthly assignments count in the coverage's supervisors.
      void qc.invalidateQueries({ queryKey: ['supervision', 'coverage'] });
    },
  });
}
