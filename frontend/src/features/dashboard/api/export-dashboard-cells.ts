import { api } from '@/lib/api/client';
import { exportAccept, saveExport, type ExportFormat } from '@/lib/api/download';
import type { DashboardCellQuery } from './types';

/** Downloads the whole per-cell grid (every page) with the screen's filters; returns the saved file's name. */
export async function exportDashboardCells(
  organizationId: string,
  q: Omit<DashboardCellQuery, 'page' | 'size'>,
  format: ExportFormat,
): Promise<string> {
  const options = {
    params: {
      path: { id: organizationId },
      query: { period: q.period, q: q.q || undefined, regime: q.regime, sort: q.sort },
    },
    headers: { Accept: exportAccept(format) },
    parseAs: 'blob' as const,
  };
  const result =
    format === 'xlsx'
      ? await api().GET('/api/v1/organizations/{id}/dashboard/cells.xlsx', options)
      : await api().GET('/api/v1/organizations/{id}/dashboard/cells.csv', options);
  return saveExport(result, `chi-bo-${q.period}.${format}`);
}
