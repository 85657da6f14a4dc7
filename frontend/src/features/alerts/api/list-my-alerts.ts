import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { alertKeys, type AlertPage } from './types';

/** Open alerts of every organisation the caller's appointments cover (a few, for the home page). */
export async function listMyAlerts(size: number): Promise<AlertPage> {
  return unwrap(await api().GET('/api/v1/me/alerts', { params: { query: { state: 'OPEN', size } } }));
}

export const myAlertsQueryOptions = (size: number) =>
  queryOptions({ queryKey: [...alertKeys.all, 'mine', size] as const, queryFn: () => listMyAlerts(size) });

export function useMyAlerts(size: number) {
  return useQuery(myAlertsQueryOptions(size));
}
