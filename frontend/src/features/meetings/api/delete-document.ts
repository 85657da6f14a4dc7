import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys } from './types';

export async function deleteDocument(meetingId: string, documentId: string): Promise<void> {
  unwrap(
    await api().DELETE('/api/v1/meetings/{id}/documents/{documentId}', {
      params: { path: { id: meetingId, documentId } },
    }),
  );
}

export function useDeleteDocument(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) => deleteDocument(meetingId, documentId),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) }),
  });
}
