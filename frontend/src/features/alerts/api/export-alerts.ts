import { api } from '@/lib/api/client';
import { exportAccept, saveExport, type ExportFormat } from '@/lib/api/download';
import type { AlertKind, AlertState } from './types';

/** Downloads every alert of the list (all pages) with the screen's filters; returns the saved file's name. */
export async function exportAlerts(
  organizationId: string,
  query: { state: AlertState; kind?: AlertKind },
  format: ExportFormat,
): Promise<string> {
  const options = {
    params: { path: { id: organizationId }, query },
    headers: { Accept: exportAccept(format) },
    parseAs: 'blob' as const,
  };
  const result =
    format === 'xlsx'
      ? await api().GET('/api/v1/organizations/{id}/alerts.xlsx', options)
      : await api().GET('/api/v1/organizations/{id}/alerts.csv', options);
  return saveExport(result, `canh-bao.${format}`);
}
