import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { importKeys, type ImportKind, type ImportPreview } from './types';

export interface ImportUploadInput {
  file: File;
  kind: ImportKind;
  organizationId: string;
}

/** Uploads the file (multipart) and gets a preview; nothing is written yet. */
export async function previewImport(input: ImportUploadInput): Promise<ImportPreview> {
  return unwrap(
    await api().POST('/api/v1/imports', {
      // The generated type says `string` for a binary part; the serializer sends the File itself.
      body: { file: input.file as unknown as string, kind: input.kind, organizationId: input.organizationId },
      bodySerializer: () => {
        const form = new FormData();
        form.append('kind', input.kind);
        form.append('organizationId', input.organizationId);
        form.append('file', input.file, input.file.name);
        return form;
      },
    }),
  );
}

export function usePreviewImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: previewImport,
    onSuccess: (preview) => qc.setQueryData(importKeys.detail(preview.id), preview),
  });
}
