import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { PAGE_SIZE, scheduleKeys, type MonthlySchedule } from './types';

/** Sends the month's whole schedule to the assigned supervisors and the upper committee; answers the page shown. */
export async function sendMonthlySchedule(organizationId: string, month: string, page = 0): Promise<MonthlySchedule> {
  return unwrap(
    await api().POST('/api/v1/organizations/{id}/monthly-schedules/{month}/sending', {
      params: { path: { id: organizationId, month }, query: { page, size: PAGE_SIZE } },
    }),
  );
}

export function useSendMonthlySchedule(organizationId: string, month: string, page = 0) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => sendMonthlySchedule(organizationId, month, page),
    onSuccess: (schedule) => {
      qc.setQueryData(scheduleKeys.detail(organizationId, month, page), schedule);
      void qc.invalidateQueries({ queryKey: scheduleKeys.month(organizationId, month) });
    },
  });
}
