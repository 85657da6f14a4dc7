import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { noticeKeys } from './types';

/** How often the bell asks again while the app is open (a notice is written when someone acts). */
const REFRESH_MS = 60_000;

export async function countUnreadNotices(): Promise<number> {
  return unwrap(await api().GET('/api/v1/me/notices/unread-count')).unread;
}

export const unreadNoticesQueryOptions = () =>
  queryOptions({ queryKey: noticeKeys.unread, queryFn: countUnreadNotices, refetchInterval: REFRESH_MS });

export function useUnreadNotices(enabled: boolean) {
  return useQuery({ ...unreadNoticesQueryOptions(), enabled });
}
