import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { memberKeys, type ExemptionCreate, type Member } from './types';

export async function addExemption(id: string, body: ExemptionCreate): Promise<Member> {
  return unwrap(await api().POST('/api/v1/members/{id}/exemptions', { params: { path: { id } }, body }));
}

export function useAddExemption(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ExemptionCreate) => addExemption(id, body),
    onSuccess: (member) => {
      qc.setQueryData(memberKeys.detail(id), member);
      // The status shown in lists may now be "Miễn sinh hoạt".
      return qc.invalidateQueries({ queryKey: memberKeys.lists() });
    },
  });
}
