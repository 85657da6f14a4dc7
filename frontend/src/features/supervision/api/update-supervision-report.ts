import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type SupervisionReport } from './types';

/** Rewrites the text of one's own draft report. */
export async function updateSupervisionReport(id: string, version: number, text: string): Promise<SupervisionReport> {
  return unwrap(
    await api().PUT('/api/v1/supervision-reports/{id}', { params: { path: { id } }, body: { version, text } }),
  );
}

export function useUpdateSupervisionReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, text }: { id: string; version: number; text: string }) =>
      updateSupervisionReport(id, version, text),
    onSuccess: () => void qc.invalidateQueries({ queryKey: supervisionKeys.allReports }),
  });
}
