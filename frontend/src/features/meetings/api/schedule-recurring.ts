import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type MeetingSummary, type RecurringMeetings } from './types';

export async function scheduleRecurring(organizationId: string, body: RecurringMeetings): Promise<MeetingSummary[]> {
  return unwrap(
    await api().POST('/api/v1/organizations/{id}/meetings/recurring', {
      params: { path: { id: organizationId } },
      body,
    }),
  );
}

export function useScheduleRecurring(organizationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RecurringMeetings) => scheduleRecurring(organizationId, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}
