import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyKey } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type Meeting, type MeetingCreate } from './types';

export async function scheduleMeeting(organizationId: string, body: MeetingCreate, key?: string): Promise<Meeting> {
  return unwrap(
    await api().POST('/api/v1/organizations/{id}/meetings', {
      params: { path: { id: organizationId } },
      body,
      ...idempotencyKey(key),
    }),
  );
}

export function useScheduleMeeting(organizationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingCreate) => scheduleMeeting(organizationId, body),
    onSuccess: (created) => {
      qc.setQueryData(meetingKeys.detail(created.id), created);
      return qc.invalidateQueries({ queryKey: meetingKeys.all });
    },
  });
}
