import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { templateKeys, type ScoringTemplatePage } from './types';

/** Score sheets issued for the organisation or above it and the central catalogue, newest first, a page at a time. */
export async function listScoringTemplates(orgId: string, page: number, size: number): Promise<ScoringTemplatePage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/scoring-templates', {
      params: { path: { id: orgId }, query: { page, size } },
    }),
  );
}

export const scoringTemplatesQueryOptions = (orgId: string, page: number, size: number) =>
  queryOptions({
    queryKey: [...templateKeys.list(orgId), page, size],
    queryFn: () => listScoringTemplates(orgId, page, size),
    placeholderData: keepPreviousData,
  });

export function useScoringTemplates(orgId: string, page: number, size: number) {
  return useQuery(scoringTemplatesQueryOptions(orgId, page, size));
}
