import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { duesKeys, type DuesSheet } from './types';

export async function getDues(organizationId: string, month: string): Promise<DuesSheet> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/dues/{month}', { params: { path: { id: organizationId, month } } }),
  );
}

export const duesQueryOptions = (organizationId: string, month: string) =>
  queryOptions({ queryKey: duesKeys.month(organizationId, month), queryFn: () => getDues(organizationId, month) });

export function useDues(organizationId: string, month: string) {
  return useQuery(duesQueryOptions(organizationId, month));
}
