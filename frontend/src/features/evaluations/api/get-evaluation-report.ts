import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { evaluationKeys, PAGE_SIZE, type EvaluationReport } from './types';

/** The ratings report of a subtree over a period, with one page of the per-cell gaps. */
export async function getEvaluationReport(
  orgId: string,
  from: string | undefined,
  to: string | undefined,
  page: number,
): Promise<EvaluationReport> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/evaluation-report', {
      params: { path: { id: orgId }, query: { from: from || undefined, to: to || undefined, page, size: PAGE_SIZE } },
    }),
  );
}

export const evaluationReportQueryOptions = (
  orgId: string,
  from: string | undefined,
  to: string | undefined,
  page = 0,
) =>
  queryOptions({
    queryKey: evaluationKeys.report(orgId, from, to, page),
    queryFn: () => getEvaluationReport(orgId, from, to, page),
    placeholderData: keepPreviousData,
  });

export function useEvaluationReport(orgId: string, from?: string, to?: string, page = 0) {
  return useQuery(evaluationReportQueryOptions(orgId, from, to, page));
}
