import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { scheduleKeys, type MonthlySchedule } from './types';

/** Sends the month's schedule to the assigned supervisors and the upper committee. */
export async function sendMonthlySchedule(organizationId: string, month: string): Promise<MonthlySchedule> {
  return unwrap(
    await api().POST('/api/v1/organizations/{id}/monthly-schedules/{month}/sending', {
      params: { path: { id: organizationId, month } },
    }),
  );
}

export function useSendMonthlySchedule(organizationId: string, month: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => sendMonthlySchedule(organizationId, month),
    onSuccess: (schedule) => qc.setQueryData(scheduleKeys.detail(organizationId, month), schedule),
  });
}
