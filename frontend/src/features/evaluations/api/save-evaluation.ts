import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { evaluationKeys, type Evaluation, type EvaluationSave } from './types';

export async function saveEvaluation(meetingId: string, body: EvaluationSave): Promise<Evaluation> {
  return unwrap(await api().PUT('/api/v1/meetings/{id}/evaluation', { params: { path: { id: meetingId } }, body }));
}

export function useSaveEvaluation(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluationSave) => saveEvaluation(meetingId, body),
    onSuccess: (evaluation) => {
      qc.setQueryData(evaluationKeys.detail(meetingId), evaluation);
      // Re-read rather than trust the answer's version: the server has answered a stale one.
      void qc.invalidateQueries({ queryKey: evaluationKeys.all });
    },
  });
}
