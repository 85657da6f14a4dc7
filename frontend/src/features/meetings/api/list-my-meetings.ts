import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type UpcomingMeetingPage } from './types';

/** Upcoming meetings of the caller's cells, soonest first, a page at a time. */
export async function listMyMeetings(page: number, size: number): Promise<UpcomingMeetingPage> {
  return unwrap(await api().GET('/api/v1/me/meetings', { params: { query: { page, size } } }));
}

export const myMeetingsQueryOptions = (page: number, size: number) =>
  queryOptions({
    queryKey: [...meetingKeys.mine(), page, size],
    queryFn: () => listMyMeetings(page, size),
    placeholderData: keepPreviousData,
  });

export function useMyMeetings(page: number, size: number) {
  return useQuery(myMeetingsQueryOptions(page, size));
}
