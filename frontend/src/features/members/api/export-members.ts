import { api } from '@/lib/api/client';
import { exportAccept, saveExport, type ExportFormat } from '@/lib/api/download';
import type { ListMembersQuery } from './types';

/** Downloads every member of the list (all pages) with its filters; returns the saved file's name. */
export async function exportMembers(
  organizationId: string,
  query: Omit<ListMembersQuery, 'page' | 'size'>,
  format: ExportFormat,
): Promise<string> {
  const options = {
    params: { path: { id: organizationId }, query },
    headers: { Accept: exportAccept(format) },
    parseAs: 'blob' as const,
  };
  const result =
    format === 'xlsx'
      ? await api().GET('/api/v1/organizations/{id}/members.xlsx', options)
      : await api().GET('/api/v1/organizations/{id}/members.csv', options);
  return saveExport(result, `dang-vien.${format}`);
}
