import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { dashboardKeys, type DashboardCellPage, type DashboardCellQuery } from './types';

/** One page of the per-cell grid of the dashboard. */
export async function listDashboardCells(organizationId: string, q: DashboardCellQuery): Promise<DashboardCellPage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/dashboard/cells', {
      params: {
        path: { id: organizationId },
        query: { period: q.period, q: q.q || undefined, regime: q.regime, sort: q.sort, page: q.page, size: q.size },
      },
    }),
  );
}

export const dashboardCellsQueryOptions = (organizationId: string, q: DashboardCellQuery) =>
  queryOptions({
    queryKey: dashboardKeys.cells(organizationId, q),
    queryFn: () => listDashboardCells(organizationId, q),
    placeholderData: keepPreviousData,
  });

export function useDashboardCells(organizationId: string, q: DashboardCellQuery) {
  return useQuery(dashboardCellsQueryOptions(organizationId, q));
}
