import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type SupervisionReport } from './types';

/** Supervisors' reports to a committee for a year (a supervisor outside it sees only their own). */
export async function listSupervisionReports(committeeId: string, year: number): Promise<SupervisionReport[]> {
  return unwrap(await api().GET('/api/v1/supervision-reports', { params: { query: { committeeId, year } } }));
}

export const supervisionReportsQueryOptions = (committeeId: string, year: number) =>
  queryOptions({
    queryKey: supervisionKeys.reports(committeeId, year),
    queryFn: () => listSupervisionReports(committeeId, year),
  });

export function useSupervisionReports(committeeId: string | undefined, year: number) {
  return useQuery({ ...supervisionReportsQueryOptions(committeeId ?? '', year), enabled: !!committeeId });
}
