import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { noticeKeys, type NoticePreferences, type NoticePreferencesUpdate } from './types';

export async function getNoticePreferences(): Promise<NoticePreferences> {
  return unwrap(await api().GET('/api/v1/me/notice-preferences'));
}

export async function saveNoticePreferences(body: NoticePreferencesUpdate): Promise<NoticePreferences> {
  return unwrap(await api().PUT('/api/v1/me/notice-preferences', { body }));
}

export const noticePreferencesQueryOptions = () =>
  queryOptions({ queryKey: noticeKeys.preferences, queryFn: getNoticePreferences });

export function useNoticePreferences() {
  return useQuery(noticePreferencesQueryOptions());
}

export function useSaveNoticePreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: saveNoticePreferences,
    onSuccess: (saved) => qc.setQueryData(noticeKeys.preferences, saved),
  });
}
