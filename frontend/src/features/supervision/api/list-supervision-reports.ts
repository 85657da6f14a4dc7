import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type SupervisionReportPage } from './types';

/** Supervisors' reports to a committee for a year (a supervisor outside it sees only their own), a page at a time. */
export async function listSupervisionReports(
  committeeId: string,
  year: number,
  page: number,
  size: number,
): Promise<SupervisionReportPage> {
  return unwrap(
    await api().GET('/api/v1/supervision-reports', { params: { query: { committeeId, year, page, size } } }),
  );
}

export const supervisionReportsQueryOptions = (committeeId: string, year: number, page: number, size: number) =>
  queryOptions({
    queryKey: [...supervisionKeys.reports(committeeId, year), page, size],
    queryFn: () => listSupervisionReports(committeeId, year, page, size),
    placeholderData: keepPreviousData,
  });

export function useSupervisionReports(committeeId: string | undefined, year: number, page: number, size: number) {
  return useQuery({
    ...supervisionReportsQueryOptions(committeeId ?? '', year, page, size),
    enabled: !!committeeId,
  });
}
