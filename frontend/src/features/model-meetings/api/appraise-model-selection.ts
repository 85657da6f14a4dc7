import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { modelKeys, type ModelAppraisalInput, type ModelProgramme } from './types';

/** Records the appraisal of a model meeting's content beforehand. */
export async function appraiseModelSelection(selectionId: string, body: ModelAppraisalInput): Promise<ModelProgramme> {
  return unwrap(
    await api().POST('/api/v1/model-selections/{id}/appraisal', { params: { path: { id: selectionId } }, body }),
  );
}

export function useAppraiseModelSelection(organizationId: string, year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ selectionId, body }: { selectionId: string; body: ModelAppraisalInput }) =>
      appraiseModelSelection(selectionId, body),
    onSuccess: (programme) => qc.setQueryData(modelKeys.programme(organizationId, year), programme),
  });
}
