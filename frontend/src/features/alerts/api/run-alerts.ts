import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { alertKeys, type AlertRun } from './types';

/** Runs the daily alert computation now for the organisation's subtree. */
export async function runAlerts(organizationId: string): Promise<AlertRun> {
  return unwrap(
    await api().POST('/api/v1/organizations/{id}/alert-runs', { params: { path: { id: organizationId } } }),
  );
}

export function useRunAlerts(organizationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => runAlerts(organizationId),
    onSuccess: () => void qc.invalidateQueries({ queryKey: alertKeys.all }),
  });
}
