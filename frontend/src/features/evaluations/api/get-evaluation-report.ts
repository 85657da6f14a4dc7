import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { evaluationKeys, type EvaluationReport } from './types';

export async function getEvaluationReport(orgId: string, from?: string, to?: string): Promise<EvaluationReport> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/evaluation-report', {
      params: { path: { id: orgId }, query: { from: from || undefined, to: to || undefined } },
    }),
  );
}

export const evaluationReportQueryOptions = (orgId: string, from?: string, to?: string) =>
  queryOptions({
    queryKey: evaluationKeys.report(orgId, from, to),
    queryFn: () => getEvaluationReport(orgId, from, to),
  });

export function useEvaluationReport(orgId: string, from?: string, to?: string) {
  return useQuery(evaluationReportQueryOptions(orgId, from, to));
}
