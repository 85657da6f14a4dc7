import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type Resolution } from './types';

export async function getResolution(meetingId: string): Promise<Resolution> {
  return unwrap(await api().GET('/api/v1/meetings/{id}/resolution', { params: { path: { id: meetingId } } }));
}

export const resolutionQueryOptions = (meetingId: string) =>
  queryOptions({ queryKey: meetingKeys.resolution(meetingId), queryFn: () => getResolution(meetingId) });

export function useResolution(meetingId: string, enabled = true) {
  return useQuery({ ...resolutionQueryOptions(meetingId), enabled });
}
