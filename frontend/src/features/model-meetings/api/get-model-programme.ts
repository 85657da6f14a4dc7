import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { modelKeys, type ModelProgramme } from './types';

/** A committee's model-meeting programme for a year (version 0 and no cells before the first save). */
export async function getModelProgramme(organizationId: string, year: number): Promise<ModelProgramme> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/model-programmes/{year}', {
      params: { path: { id: organizationId, year } },
    }),
  );
}

export const modelProgrammeQueryOptions = (organizationId: string, year: number) =>
  queryOptions({
    queryKey: modelKeys.programme(organizationId, year),
    queryFn: () => getModelProgramme(organizationId, year),
  });

export function useModelProgramme(organizationId: string, year: number) {
  return useQuery(modelProgrammeQueryOptions(organizationId, year));
}
