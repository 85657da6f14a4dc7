import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { organizationKeys, type Organization } from './types';

export async function getOrganization(id: string): Promise<Organization> {
  return unwrap(await api().GET('/api/v1/organizations/{id}', { params: { path: { id } } }));
}

export const organizationQueryOptions = (id: string) =>
  queryOptions({ queryKey: organizationKeys.detail(id), queryFn: () => getOrganization(id) });

export function useOrganization(id: string) {
  return useQuery(organizationQueryOptions(id));
}
