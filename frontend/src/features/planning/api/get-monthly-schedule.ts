import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { PAGE_SIZE, scheduleKeys, type MonthlySchedule } from './types';

/**
 * A committee's schedule of its cells' meetings for a month (YYYY-MM), with the cells left out: the same page of
 * each list, with the total of each.
 */
export async function getMonthlySchedule(organizationId: string, month: string, page = 0): Promise<MonthlySchedule> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/monthly-schedules/{month}', {
      params: { path: { id: organizationId, month }, query: { page, size: PAGE_SIZE } },
    }),
  );
}

export const monthlyScheduleQueryOptions = (organizationId: string, month: string, page = 0) =>
  queryOptions({
    queryKey: scheduleKeys.detail(organizationId, month, page),
    queryFn: () => getMonthlySchedule(organizationId, month, page),
    placeholderData: keepPreviousData,
  });

export function useMonthlySchedule(organizationId: string, month: string, page = 0) {
  return useQuery(monthlyScheduleQueryOptions(organizationId, month, page));
}
