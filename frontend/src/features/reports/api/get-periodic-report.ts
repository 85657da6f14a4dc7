import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { reportKeys, type PeriodicReport, type PeriodicReportRevisionPage } from './types';

/** One report: today's figures while a draft, the frozen snapshot once submitted. */
export async function getPeriodicReport(id: string): Promise<PeriodicReport> {
  return unwrap(await api().GET('/api/v1/periodic-reports/{id}', { params: { path: { id } } }));
}

export function usePeriodicReport(id: string) {
  return useQuery(queryOptions({ queryKey: reportKeys.detail(id), queryFn: () => getPeriodicReport(id) }));
}

/** Every submission of the report as it was sent, oldest first, a page at a time. */
export async function listReportRevisions(id: string, page: number, size: number): Promise<PeriodicReportRevisionPage> {
  return unwrap(
    await api().GET('/api/v1/periodic-reports/{id}/revisions', { params: { path: { id }, query: { page, size } } }),
  );
}

export function useReportRevisions(id: string, enabled: boolean, page: number, size: number) {
  return useQuery(
    queryOptions({
      queryKey: [...reportKeys.revisions(id), page, size],
      queryFn: () => listReportRevisions(id, page, size),
      enabled,
      placeholderData: keepPreviousData,
    }),
  );
}
