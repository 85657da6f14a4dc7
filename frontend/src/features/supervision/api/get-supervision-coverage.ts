import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { SUBTREE_PAGE_SIZE } from '@/lib/api/paging';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type CoverageFilter, type SupervisionCoverage } from './types';

export const COVERED: Record<CoverageFilter, boolean | undefined> = {
  ALL: undefined,
  COVERED: true,
  NOT_COVERED: false,
};

/**
 * Per cell of a subtree, the supervision visits of a quarter against the policy: the totals over every cell, a page
 * of the cells (not covered first) matching the filter.
 */
export async function getSupervisionCoverage(
  organizationId: string,
  year: number,
  quarter: number,
  filter: CoverageFilter = 'ALL',
  page = 0,
): Promise<SupervisionCoverage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/supervision-coverage', {
      params: {
        path: { id: organizationId },
        query: { year, quarter, covered: COVERED[filter], page, size: SUBTREE_PAGE_SIZE },
      },
    }),
  );
}

export const supervisionCoverageQueryOptions = (
  organizationId: string,
  year: number,
  quarter: number,
  filter: CoverageFilter = 'ALL',
  page = 0,
) =>
  queryOptions({
    queryKey: supervisionKeys.coverage(organizationId, year, quarter, filter, page),
    queryFn: () => getSupervisionCoverage(organizationId, year, quarter, filter, page),
    placeholderData: keepPreviousData,
  });

export function useSupervisionCoverage(
  organizationId: string,
  year: number,
  quarter: number,
  filter: CoverageFilter = 'ALL',
  page = 0,
) {
  return useQuery(supervisionCoverageQueryOptions(organizationId, year, quarter, filter, page));
}
