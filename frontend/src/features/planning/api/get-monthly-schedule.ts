import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { scheduleKeys, type MonthlySchedule } from './types';

/** A committee's schedule of its cells' meetings for a month (YYYY-MM), with the cells left out. */
export async function getMonthlySchedule(organizationId: string, month: string): Promise<MonthlySchedule> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/monthly-schedules/{month}', {
      params: { path: { id: organizationId, month } },
    }),
  );
}

export const monthlyScheduleQueryOptions = (organizationId: string, month: string) =>
  queryOptions({
    queryKey: scheduleKeys.detail(organizationId, month),
    queryFn: () => getMonthlySchedule(organizationId, month),
    placeholderData: keepPreviousData,
  });

export function useMonthlySchedule(organizationId: string, month: string) {
  return useQuery(monthlyScheduleQueryOptions(organizationId, month));
}
