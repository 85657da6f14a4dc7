import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { evaluationKeys, type Evaluation } from './types';

export async function submitEvaluation(meetingId: string, version: number): Promise<Evaluation> {
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/evaluation/submit', {
      params: { path: { id: meetingId } },
      body: { version },
    }),
  );
}

export function useSubmitEvaluation(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => submitEvaluation(meetingId, version),
    onSuccess: (evaluation) => {
      qc.setQueryData(evaluationKeys.detail(meetingId), evaluation);
      void qc.invalidateQueries({ queryKey: evaluationKeys.all, predicate: (q) => q.queryKey[1] !== 'meeting' });
    },
  });
}
