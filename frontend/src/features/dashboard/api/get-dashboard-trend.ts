import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { dashboardKeys, type DashboardTrend } from './types';

/** The 12 months of an organisation's subtree ending at a month (YYYY-MM), each as that month's overview. */
export async function getDashboardTrend(organizationId: string, to: string): Promise<DashboardTrend> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/dashboard/trend', {
      params: { path: { id: organizationId }, query: { to } },
    }),
  );
}

export function useDashboardTrend(organizationId: string, to: string) {
  return useQuery(
    queryOptions({
      queryKey: dashboardKeys.trend(organizationId, to),
      queryFn: () => getDashboardTrend(organizationId, to),
    }),
  );
}
