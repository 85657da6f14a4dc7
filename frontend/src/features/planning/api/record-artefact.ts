import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { artefactKeys, type ArtefactKind, type ArtefactRecord } from './types';

export interface ArtefactTick {
  cellId: string;
  year: number;
  kind: ArtefactKind;
  /** Null removes the record (ticked by mistake). */
  record: ArtefactRecord | null;
}

export async function recordArtefact({ cellId, year, kind, record }: ArtefactTick): Promise<void> {
  const params = { params: { path: { id: cellId, year, kind } } };
  if (record)
    unwrap(await api().PUT('/api/v1/organizations/{id}/artefacts/{year}/{kind}', { ...params, body: record }));
  else unwrap(await api().DELETE('/api/v1/organizations/{id}/artefacts/{year}/{kind}', params));
}

export function useRecordArtefact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: recordArtefact,
    onSuccess: () => qc.invalidateQueries({ queryKey: artefactKeys.all }),
  });
}
