import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type CalendarFeed, type CalendarFeedCreate } from './types';

export async function createCalendarFeed(body: CalendarFeedCreate): Promise<CalendarFeed> {
  return unwrap(await api().POST('/api/v1/calendar-feeds', { body }));
}

export function useCreateCalendarFeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createCalendarFeed,
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKeys.calendarFeeds() }),
  });
}
