import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { templateKeys, type ScoringTemplate, type ScoringTemplateInput } from './types';

/** Changes a sheet; one already used by an evaluation gets a new version from `validFrom`. */
export async function updateScoringTemplate(id: string, body: ScoringTemplateInput): Promise<ScoringTemplate> {
  return unwrap(await api().PUT('/api/v1/scoring-templates/{id}', { params: { path: { id } }, body }));
}

export function useUpdateScoringTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ScoringTemplateInput }) => updateScoringTemplate(id, body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: templateKeys.all }),
  });
}
