import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { reportKeys, type PeriodicReport, type ReportKind } from './types';

export async function createPeriodicReport(
  organizationId: string,
  body: { kind: ReportKind; period: string },
): Promise<PeriodicReport> {
  return unwrap(
    await api().POST('/api/v1/organizations/{id}/periodic-reports', { params: { path: { id: organizationId } }, body }),
  );
}

export function useCreatePeriodicReport(organizationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: ReportKind; period: string }) => createPeriodicReport(organizationId, body),
    onSuccess: (report) => {
      qc.setQueryData(reportKeys.detail(report.id), report);
      void qc.invalidateQueries({ queryKey: reportKeys.all });
    },
  });
}
