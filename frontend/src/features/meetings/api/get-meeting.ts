import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type Meeting } from './types';

export async function getMeeting(id: string): Promise<Meeting> {
  return unwrap(await api().GET('/api/v1/meetings/{id}', { params: { path: { id } } }));
}

export const meetingQueryOptions = (id: string) =>
  queryOptions({ queryKey: meetingKeys.detail(id), queryFn: () => getMeeting(id), staleTime: 10_000 });

export function useMeeting(id: string) {
  return useQuery(meetingQueryOptions(id));
}
