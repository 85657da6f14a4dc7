import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { evaluationKeys, type Evaluation, type Verification } from './types';

/** The supervisor returns the evaluation with a reason, or confirms and signs it. */
export async function verifyEvaluation(meetingId: string, body: Verification): Promise<Evaluation> {
  return unwrap(
    await api().POST('/api/v1/meetings/{id}/evaluation/verify', { params: { path: { id: meetingId } }, body }),
  );
}

export function useVerifyEvaluation(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Verification) => verifyEvaluation(meetingId, body),
    onSuccess: (evaluation) => {
      qc.setQueryData(evaluationKeys.detail(meetingId), evaluation);
      void qc.invalidateQueries({ queryKey: evaluationKeys.all, predicate: (q) => q.queryKey[1] !== 'meeting' });
    },
  });
}
