import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { toApiError, unwrap } from '@/lib/api/problem';
import { reportKeys, type PeriodicReport, type ReportResubmission, type ReportUpdate } from './types';

/** A write on a report and its body (one endpoint each). */
export type ReportStep =
  | { action: 'SAVE'; body: ReportUpdate }
  | { action: 'SUBMIT'; body: { version: number } }
  | { action: 'RESUBMIT'; body: ReportResubmission };

export async function takeReportStep(id: string, step: ReportStep): Promise<PeriodicReport> {
  const params = { path: { id } };
  switch (step.action) {
    case 'SAVE':
      return unwrap(await api().PUT('/api/v1/periodic-reports/{id}', { params, body: step.body }));
    case 'SUBMIT':
      return unwrap(await api().POST('/api/v1/periodic-reports/{id}/submission', { params, body: step.body }));
    case 'RESUBMIT':
      return unwrap(await api().POST('/api/v1/periodic-reports/{id}/resubmission', { params, body: step.body }));
  }
}

export function useReportStep(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (step: ReportStep) => takeReportStep(id, step),
    onSuccess: (report) => {
      qc.setQueryData(reportKeys.detail(report.id), report);
      void qc.invalidateQueries({ queryKey: reportKeys.all });
    },
  });
}

/** The PDF needs the bearer token, so it is fetched as a blob and then saved. */
export async function fetchReportPdf(id: string): Promise<Blob> {
  const result = await api().GET('/api/v1/periodic-reports/{id}/report.pdf', {
    params: { path: { id } },
    parseAs: 'blob',
    headers: { Accept: 'application/pdf, application/problem+json' },
  });
  if (!result.response.ok || !result.data) throw toApiError(result.response, result.error);
  return result.data;
}
