import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type SupervisionCoverage } from './types';

/** Per cell of a subtree, the supervision visits of a quarter against the policy. */
export async function getSupervisionCoverage(
  organizationId: string,
  year: number,
  quarter: number,
): Promise<SupervisionCoverage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/supervision-coverage', {
      params: { path: { id: organizationId }, query: { year, quarter } },
    }),
  );
}

export const supervisionCoverageQueryOptions = (organizationId: string, year: number, quarter: number) =>
  queryOptions({
    queryKey: supervisionKeys.coverage(organizationId, year, quarter),
    queryFn: () => getSupervisionCoverage(organizationId, year, quarter),
    placeholderData: keepPreviousData,
  });

export function useSupervisionCoverage(organizationId: string, year: number, quarter: number) {
  return useQuery(supervisionCoverageQueryOptions(organizationId, year, quarter));
}
