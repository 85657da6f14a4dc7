import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type TaskPage } from './types';

/** Tasks assigned to the caller, by due date, a page at a time. */
export async function listMyTasks(page: number, size: number): Promise<TaskPage> {
  return unwrap(await api().GET('/api/v1/me/tasks', { params: { query: { page, size } } }));
}

export const myTasksQueryOptions = (page: number, size: number) =>
  queryOptions({
    queryKey: [...meetingKeys.myTasks(), page, size],
    queryFn: () => listMyTasks(page, size),
    placeholderData: keepPreviousData,
  });

export function useMyTasks(page: number, size: number) {
  return useQuery(myTasksQueryOptions(page, size));
}
