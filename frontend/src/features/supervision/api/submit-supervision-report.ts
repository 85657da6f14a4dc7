import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type SupervisionReport } from './types';

/** Submits one's own report to the committee. */
export async function submitSupervisionReport(id: string, version: number): Promise<SupervisionReport> {
  return unwrap(
    await api().POST('/api/v1/supervision-reports/{id}/submission', { params: { path: { id } }, body: { version } }),
  );
}

export function useSubmitSupervisionReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => submitSupervisionReport(id, version),
    onSuccess: () => void qc.invalidateQueries({ queryKey: supervisionKeys.allReports }),
  });
}
