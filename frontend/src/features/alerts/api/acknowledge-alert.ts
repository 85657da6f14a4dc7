import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { alertKeys, type Alert } from './types';

/** Marks an alert as seen: it stays until its cause is fixed, but leaves the open list. */
export async function acknowledgeAlert(id: string): Promise<Alert> {
  return unwrap(await api().POST('/api/v1/alerts/{id}/acknowledgement', { params: { path: { id } } }));
}

export function useAcknowledgeAlert() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeAlert,
    onSuccess: () => void qc.invalidateQueries({ queryKey: alertKeys.all }),
  });
}
