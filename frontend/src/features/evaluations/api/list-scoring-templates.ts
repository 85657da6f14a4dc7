import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { templateKeys, type ScoringTemplate } from './types';

export async function listScoringTemplates(orgId: string): Promise<ScoringTemplate[]> {
  return unwrap(await api().GET('/api/v1/organizations/{id}/scoring-templates', { params: { path: { id: orgId } } }));
}

export const scoringTemplatesQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: templateKeys.list(orgId), queryFn: () => listScoringTemplates(orgId) });

export function useScoringTemplates(orgId: string) {
  return useQuery(scoringTemplatesQueryOptions(orgId));
}
