import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { evaluationKeys, type Evaluation } from './types';

export async function getEvaluation(meetingId: string): Promise<Evaluation> {
  return unwrap(await api().GET('/api/v1/meetings/{id}/evaluation', { params: { path: { id: meetingId } } }));
}

export const evaluationQueryOptions = (meetingId: string) =>
  queryOptions({ queryKey: evaluationKeys.detail(meetingId), queryFn: () => getEvaluation(meetingId) });

export function useEvaluation(meetingId: string, enabled = true) {
  return useQuery({ ...evaluationQueryOptions(meetingId), enabled });
}
