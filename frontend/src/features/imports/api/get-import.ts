import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { importKeys, type ImportPreview } from './types';

export async function getImport(id: string): Promise<ImportPreview> {
  return unwrap(await api().GET('/api/v1/imports/{id}', { params: { path: { id } } }));
}

export const importQueryOptions = (id: string) =>
  queryOptions({ queryKey: importKeys.detail(id), queryFn: () => getImport(id) });

export function useImport(id: string | null) {
  return useQuery({ ...importQueryOptions(id ?? ''), enabled: !!id });
}
