import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys } from './types';

export async function revokeCalendarFeed(feedId: string): Promise<void> {
  unwrap(await api().DELETE('/api/v1/calendar-feeds/{feedId}', { params: { path: { feedId } } }));
}

export function useRevokeCalendarFeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKeys.calendarFeeds() }),
  });
}
