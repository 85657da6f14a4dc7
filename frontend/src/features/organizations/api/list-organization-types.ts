import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { OrganizationType } from './types';

export async function listOrganizationTypes(): Promise<OrganizationType[]> {
  return unwrap(await api().GET('/api/v1/reference/organization-types'));
}

/** Reference data: changes rarely, cached for the session. */
export const organizationTypesQueryOptions = () =>
  queryOptions({
    queryKey: ['reference', 'organization-types'] as const,
    queryFn: listOrganizationTypes,
    staleTime: Infinity,
  });

export function useOrganizationTypes() {
  return useQuery(organizationTypesQueryOptions());
}
