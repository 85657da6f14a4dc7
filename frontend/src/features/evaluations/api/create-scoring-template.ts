import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { templateKeys, type ScoringTemplate, type ScoringTemplateInput } from './types';

/** Issues a new score sheet for an organisation's subtree (the server checks sums and bands). */
export async function createScoringTemplate(body: ScoringTemplateInput): Promise<ScoringTemplate> {
  return unwrap(await api().POST('/api/v1/scoring-templates', { body }));
}

export function useCreateScoringTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ScoringTemplateInput) => createScoringTemplate(body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: templateKeys.all }),
  });
}
