import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { importKeys, type ImportPreview } from './types';

export async function commitImport(id: string): Promise<ImportPreview> {
  return unwrap(await api().POST('/api/v1/imports/{id}/commit', { params: { path: { id } } }));
}

export function useCommitImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: commitImport,
    onSuccess: async (committed) => {
      qc.setQueryData(importKeys.detail(committed.id), committed);
      // New members or organisations exist now.
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['members'] }),
        qc.invalidateQueries({ queryKey: ['organizations'] }),
      ]);
    },
  });
}
