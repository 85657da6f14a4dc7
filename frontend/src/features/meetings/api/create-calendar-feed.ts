import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CalendarFeed, CalendarFeedCreate } from './types';

export async function createCalendarFeed(body: CalendarFeedCreate): Promise<CalendarFeed> {
  return unwrap(await api().POST('/api/v1/calendar-feeds', { body }));
}

export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: createCalendarFeed });
}
