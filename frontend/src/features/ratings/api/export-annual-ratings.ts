import { api } from '@/lib/api/client';
import { exportAccept, saveExport, type ExportFormat } from '@/lib/api/download';
import type { AnnualRatingQuery } from './types';

/** Downloads the whole filtered ratings list; returns the saved file's name. */
export async function exportAnnualRatings(
  organizationId: string,
  q: Omit<AnnualRatingQuery, 'page' | 'size'>,
  format: ExportFormat,
): Promise<string> {
  const options = {
    params: {
      path: { id: organizationId },
      query: { year: String(q.year), subjectType: q.subjectType, level: q.level, state: q.state, q: q.q || undefined },
    },
    headers: { Accept: exportAccept(format) },
    parseAs: 'blob' as const,
  };
  const result =
    format === 'xlsx'
      ? await api().GET('/api/v1/organizations/{id}/annual-ratings.xlsx', options)
      : await api().GET('/api/v1/organizations/{id}/annual-ratings.csv', options);
  return saveExport(result, `xep-loai-${q.year}.${format}`);
}
