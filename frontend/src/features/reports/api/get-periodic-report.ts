import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { reportKeys, type PeriodicReport, type PeriodicReportRevision } from './types';

/** One report: today's figures while a draft, the frozen snapshot once submitted. */
export async function getPeriodicReport(id: string): Promise<PeriodicReport> {
  return unwrap(await api().GET('/api/v1/periodic-reports/{id}', { params: { path: { id } } }));
}

export function usePeriodicReport(id: string) {
  return useQuery(queryOptions({ queryKey: reportKeys.detail(id), queryFn: () => getPeriodicReport(id) }));
}

export async function listReportRevisions(id: string): Promise<PeriodicReportRevision[]> {
  return unwrap(await api().GET('/api/v1/periodic-reports/{id}/revisions', { params: { path: { id } } }));
}

export function useReportRevisions(id: string, enabled: boolean) {
  return useQuery(
    queryOptions({ queryKey: reportKeys.revisions(id), queryFn: () => listReportRevisions(id), enabled }),
  );
}
