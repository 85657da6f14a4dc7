import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { noticeKeys, type NoticePage, type NoticeQuery } from './types';

/** The caller's own notices, newest first (only the unread ones when asked). */
export async function listMyNotices(q: NoticeQuery): Promise<NoticePage> {
  return unwrap(await api().GET('/api/v1/me/notices', { params: { query: q } }));
}

export const myNoticesQueryOptions = (q: NoticeQuery) =>
  queryOptions({ queryKey: noticeKeys.list(q), queryFn: () => listMyNotices(q), placeholderData: keepPreviousData });

export function useMyNotices(q: NoticeQuery) {
  return useQuery(myNoticesQueryOptions(q));
}
