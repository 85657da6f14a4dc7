import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { modelKeys, type ModelLessonsInput, type ModelProgramme } from './types';

/** Records the lessons learned after a model meeting (shared with the other cells). */
export async function saveModelLessons(selectionId: string, body: ModelLessonsInput): Promise<ModelProgramme> {
  return unwrap(
    await api().PUT('/api/v1/model-selections/{id}/lessons', { params: { path: { id: selectionId } }, body }),
  );
}

export function useSaveModelLessons(organizationId: string, year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ selectionId, body }: { selectionId: string; body: ModelLessonsInput }) =>
      saveModelLessons(selectionId, body),
    onSuccess: (programme) => {
      qc.setQueryData(modelKeys.programme(organizationId, year), programme);
      void qc.invalidateQueries({ queryKey: modelKeys.lessons(organizationId, year) });
    },
  });
}
