import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type Task } from './types';

export async function listMyTasks(): Promise<Task[]> {
  return unwrap(await api().GET('/api/v1/me/tasks'));
}

export const myTasksQueryOptions = () => queryOptions({ queryKey: meetingKeys.myTasks(), queryFn: listMyTasks });

export function useMyTasks() {
  return useQuery(myTasksQueryOptions());
}
