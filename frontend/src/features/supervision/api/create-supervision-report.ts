import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type SupervisionReport, type SupervisionReportCreate } from './types';

/** Drafts the caller's half-year or annual report from their recorded visits. */
export async function createSupervisionReport(body: SupervisionReportCreate): Promise<SupervisionReport> {
  return unwrap(await api().POST('/api/v1/supervision-reports', { body }));
}

export function useCreateSupervisionReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createSupervisionReport,
    onSuccess: () => void qc.invalidateQueries({ queryKey: supervisionKeys.allReports }),
  });
}
