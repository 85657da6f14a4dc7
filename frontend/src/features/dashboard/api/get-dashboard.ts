import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { dashboardKeys, type DashboardOverview } from './types';

/** The overview figures of an organisation's subtree for a period. */
export async function getDashboard(organizationId: string, period: string): Promise<DashboardOverview> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/dashboard', {
      params: { path: { id: organizationId }, query: { period } },
    }),
  );
}

export const dashboardQueryOptions = (organizationId: string, period: string) =>
  queryOptions({
    queryKey: dashboardKeys.overview(organizationId, period),
    queryFn: () => getDashboard(organizationId, period),
  });

export function useDashboard(organizationId: string, period: string) {
  return useQuery(dashboardQueryOptions(organizationId, period));
}
