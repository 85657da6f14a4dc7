import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { modelKeys, type ModelLessonPage } from './types';

/** Lessons of model meetings shared down to this organisation and reported up to it, for a year, a page at a time. */
export async function listModelLessons(
  organizationId: string,
  year: number,
  page: number,
  size: number,
): Promise<ModelLessonPage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/model-lessons', {
      params: { path: { id: organizationId }, query: { year, page, size } },
    }),
  );
}

export const modelLessonsQueryOptions = (organizationId: string, year: number, page: number, size: number) =>
  queryOptions({
    queryKey: [...modelKeys.lessons(organizationId, year), page, size],
    queryFn: () => listModelLessons(organizationId, year, page, size),
    placeholderData: keepPreviousData,
  });

export function useModelLessons(organizationId: string, year: number, page: number, size: number) {
  return useQuery(modelLessonsQueryOptions(organizationId, year, page, size));
}
