import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { noticeKeys, type Notice } from './types';

export async function markNoticeRead(id: string): Promise<Notice> {
  return unwrap(await api().POST('/api/v1/me/notices/{id}/read', { params: { path: { id } } }));
}

export function useMarkNoticeRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: markNoticeRead,
    onSuccess: () => void qc.invalidateQueries({ queryKey: noticeKeys.all }),
  });
}
