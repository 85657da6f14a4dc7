import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { reportKeys, type PeriodicReportPage, type ReportKind } from './types';

export const REPORT_PAGE_SIZE = 20;

/** One page of the organisation's own periodic reports, newest period first. */
export async function listPeriodicReports(
  organizationId: string,
  kind: ReportKind | undefined,
  page: number,
): Promise<PeriodicReportPage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/periodic-reports', {
      params: { path: { id: organizationId }, query: { kind, page, size: REPORT_PAGE_SIZE } },
    }),
  );
}

export function usePeriodicReports(organizationId: string, kind: ReportKind | undefined, page: number) {
  return useQuery(
    queryOptions({
      queryKey: reportKeys.list(organizationId, kind, page),
      queryFn: () => listPeriodicReports(organizationId, kind, page),
      placeholderData: keepPreviousData,
    }),
  );
}
