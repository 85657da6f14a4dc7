import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type Minutes } from './types';

export async function getMinutes(meetingId: string): Promise<Minutes> {
  return unwrap(await api().GET('/api/v1/meetings/{id}/minutes', { params: { path: { id: meetingId } } }));
}

export const minutesQueryOptions = (meetingId: string) =>
  queryOptions({ queryKey: meetingKeys.minutes(meetingId), queryFn: () => getMinutes(meetingId) });

export function useMinutes(meetingId: string, enabled = true) {
  return useQuery({ ...minutesQueryOptions(meetingId), enabled });
}
