import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { memberKeys, type Member, type PositionCreate } from './types';

export async function addPosition(id: string, body: PositionCreate): Promise<Member> {
  return unwrap(await api().POST('/api/v1/members/{id}/positions', { params: { path: { id } }, body }));
}

export function useAddPosition(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PositionCreate) => addPosition(id, body),
    onSuccess: (member) => {
      qc.setQueryData(memberKeys.detail(id), member);
      return qc.invalidateQueries({ queryKey: memberKeys.lists() });
    },
  });
}
