import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { modelKeys, type ModelLesson } from './types';

/** Lessons of model meetings shared down to this organisation and reported up to it, for a year. */
export async function listModelLessons(organizationId: string, year: number): Promise<ModelLesson[]> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/model-lessons', {
      params: { path: { id: organizationId }, query: { year } },
    }),
  );
}

export const modelLessonsQueryOptions = (organizationId: string, year: number) =>
  queryOptions({
    queryKey: modelKeys.lessons(organizationId, year),
    queryFn: () => listModelLessons(organizationId, year),
  });

export function useModelLessons(organizationId: string, year: number) {
  return useQuery(modelLessonsQueryOptions(organizationId, year));
}
