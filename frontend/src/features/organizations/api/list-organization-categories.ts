import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { OrganizationCategory } from './types';

export async function listOrganizationCategories(): Promise<OrganizationCategory[]> {
  return unwrap(await api().GET('/api/v1/reference/organization-categories'));
}

export const organizationCategoriesQueryOptions = () =>
  queryOptions({
    queryKey: ['reference', 'organization-categories'] as const,
    queryFn: listOrganizationCategories,
    staleTime: Infinity,
  });

export function useOrganizationCategories() {
  return useQuery(organizationCategoriesQueryOptions());
}
