import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { modelKeys, type ModelProgramme, type ModelProgrammeSave } from './types';

/** Creates (version 0) or replaces the programme's quarter and chosen cells. */
export async function saveModelProgramme(
  organizationId: string,
  year: number,
  body: ModelProgrammeSave,
): Promise<ModelProgramme> {
  return unwrap(
    await api().PUT('/api/v1/organizations/{id}/model-programmes/{year}', {
      params: { path: { id: organizationId, year } },
      body,
    }),
  );
}

export function useSaveModelProgramme(organizationId: string, year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ModelProgrammeSave) => saveModelProgramme(organizationId, year, body),
    onSuccess: (programme) => qc.setQueryData(modelKeys.programme(organizationId, year), programme),
  });
}
