import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type DocumentKind, type MeetingDocument } from './types';

/** Multipart upload (needs a connection: a file is not queued on the phone). */
export async function uploadDocument(meetingId: string, file: File, kind: DocumentKind): Promise<MeetingDocument> {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('kind', kind);
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/documents', {
      params: { path: { id: meetingId } },
      // openapi-fetch sends a FormData as it is (the browser sets the multipart boundary).
      body: form as unknown as { file: string; kind?: DocumentKind },
      bodySerializer: (b) => b as unknown as FormData,
    }),
  );
}

export function useUploadDocument(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, kind }: { file: File; kind: DocumentKind }) => uploadDocument(meetingId, file, kind),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) }),
  });
}
