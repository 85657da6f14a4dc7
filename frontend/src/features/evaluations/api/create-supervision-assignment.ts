import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { type SupervisionAssignment, type SupervisionAssignmentCreate } from './types';

export async function createSupervisionAssignment(body: SupervisionAssignmentCreate): Promise<SupervisionAssignment> {
  return unwrap(await api().POST('/api/v1/supervision-assignments', { body }));
}

export function useCreateSupervisionAssignment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createSupervisionAssignment,
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['supervision-assignments'] }),
  });
}
