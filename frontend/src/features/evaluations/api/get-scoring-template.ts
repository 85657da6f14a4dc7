import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { templateKeys, type ScoringTemplate } from './types';

export async function getScoringTemplate(id: string): Promise<ScoringTemplate> {
  return unwrap(await api().GET('/api/v1/scoring-templates/{id}', { params: { path: { id } } }));
}

export const scoringTemplateQueryOptions = (id: string) =>
  queryOptions({ queryKey: templateKeys.detail(id), queryFn: () => getScoringTemplate(id), staleTime: 300_000 });

export function useScoringTemplate(id: string | undefined) {
  return useQuery({ ...scoringTemplateQueryOptions(id ?? ''), enabled: !!id });
}
