import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { organizationKeys, type ListOrganizationsQuery, type OrganizationPage } from './types';

export const ORGANIZATION_PAGE_SIZE = 50;

export async function listOrganizations(query: ListOrganizationsQuery): Promise<OrganizationPage> {
  return unwrap(await api().GET('/api/v1/organizations', { params: { query } }));
}

/**
 * Children of a node, the caller's roots, or search results, fetched a page at a time
 * ("load more"), so a branch with thousands of nodes never loads all at once.
 */
export const organizationsInfiniteQueryOptions = (query: Omit<ListOrganizationsQuery, 'page'>) =>
  infiniteQueryOptions({
    queryKey: organizationKeys.list({ size: ORGANIZATION_PAGE_SIZE, ...query }),
    queryFn: ({ pageParam }) => listOrganizations({ size: ORGANIZATION_PAGE_SIZE, ...query, page: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last) => ((last.page + 1) * last.size < last.total ? last.page + 1 : undefined),
  });

export function useOrganizationsInfinite(query: Omit<ListOrganizationsQuery, 'page'>, options?: { enabled?: boolean }) {
  return useInfiniteQuery({ ...organizationsInfiniteQueryOptions(query), enabled: options?.enabled ?? true });
}
