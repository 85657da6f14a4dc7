import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type SupervisionVisit, type SupervisionVisitCreate } from './types';

/** A supervisor records attending a meeting that took place, with comments and problems raised. */
export async function recordVisit(meetingId: string, body: SupervisionVisitCreate): Promise<SupervisionVisit> {
  return unwrap(await api().POST('/api/v1/meetings/{id}/visits', { params: { path: { id: meetingId } }, body }));
}

export function useRecordVisit(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SupervisionVisitCreate) => recordVisit(meetingId, body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: supervisionKeys.all }),
  });
}
