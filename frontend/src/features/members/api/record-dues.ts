import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { duesKeys, type DuesSheet, type DuesSheetUpdate } from './types';

export async function recordDues(organizationId: string, month: string, body: DuesSheetUpdate): Promise<DuesSheet> {
  return unwrap(
    await api().PUT('/api/v1/organizations/{id}/dues/{month}', {
      params: { path: { id: organizationId, month } },
      body,
    }),
  );
}

export function useRecordDues(organizationId: string, month: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DuesSheetUpdate) => recordDues(organizationId, month, body),
    onSuccess: (saved) => qc.setQueryData(duesKeys.month(organizationId, month), saved),
  });
}
