import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type CalendarFeedPage } from './types';

/** A person keeps a handful of calendar addresses: one page of 50 shows them all. */
const FEEDS_SHOWN = 50;

export async function listCalendarFeeds(): Promise<CalendarFeedPage> {
  return unwrap(await api().GET('/api/v1/calendar-feeds', { params: { query: { size: FEEDS_SHOWN } } }));
}

export const calendarFeedsQueryOptions = () =>
  queryOptions({ queryKey: meetingKeys.calendarFeeds(), queryFn: listCalendarFeeds });

export function useCalendarFeeds() {
  return useQuery(calendarFeedsQueryOptions());
}
