import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { planKeys, type Policy } from './types';

/** The rules in force for an organisation on a day (topical sessions per quarter, forums per year...). */
export async function getPolicy(organizationId: string, on: string): Promise<Policy> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/policy', { params: { path: { id: organizationId }, query: { on } } }),
  );
}

export const policyQueryOptions = (organizationId: string, on: string) =>
  queryOptions({
    queryKey: planKeys.policy(organizationId, on),
    queryFn: () => getPolicy(organizationId, on),
    staleTime: 60 * 60_000,
  });

export function usePolicy(organizationId: string, on: string) {
  return useQuery(policyQueryOptions(organizationId, on));
}
