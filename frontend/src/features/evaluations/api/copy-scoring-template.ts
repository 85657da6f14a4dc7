import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { templateKeys, type ScoringTemplate, type ScoringTemplateCopy } from './types';

/** Adopts a sheet (for example one of the catalogue) for an organisation's subtree. */
export async function copyScoringTemplate(id: string, body: ScoringTemplateCopy): Promise<ScoringTemplate> {
  return unwrap(await api().POST('/api/v1/scoring-templates/{id}/copy', { params: { path: { id } }, body }));
}

export function useCopyScoringTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ScoringTemplateCopy }) => copyScoringTemplate(id, body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: templateKeys.all }),
  });
}
