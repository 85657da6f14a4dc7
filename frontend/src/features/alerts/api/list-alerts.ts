import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { alertKeys, type AlertPage, type AlertQuery } from './types';

/** Alerts of an organisation and everything below it, a page at a time. */
export async function listAlerts(organizationId: string, q: AlertQuery): Promise<AlertPage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/alerts', {
      params: { path: { id: organizationId }, query: { state: q.state, kind: q.kind, page: q.page, size: q.size } },
    }),
  );
}

export const alertsQueryOptions = (organizationId: string, q: AlertQuery) =>
  queryOptions({
    queryKey: alertKeys.list(organizationId, q),
    queryFn: () => listAlerts(organizationId, q),
    placeholderData: keepPreviousData,
  });

export function useAlerts(organizationId: string, q: AlertQuery) {
  return useQuery(alertsQueryOptions(organizationId, q));
}
