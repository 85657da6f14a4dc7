import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { AttendanceEntry, AttendanceUpdate } from './types';

export async function recordAttendance(
  meetingId: string,
  memberId: string,
  body: AttendanceUpdate,
): Promise<AttendanceEntry> {
  return unwrap(
    await api().PUT('/api/v1/meetings/{id}/attendance/{memberId}', {
      params: { path: { id: meetingId, memberId } },
      body,
    }),
  );
}
