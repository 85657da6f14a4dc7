import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { memberKeys, type Member, type MemberPatch } from './types';

export async function updateMember(id: string, body: MemberPatch): Promise<Member> {
  return unwrap(await api().PATCH('/api/v1/members/{id}', { params: { path: { id } }, body }));
}

export function useUpdateMember(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberPatch) => updateMember(id, body),
    onSuccess: (updated) => {
      qc.setQueryData(memberKeys.detail(id), updated);
      return qc.invalidateQueries({ queryKey: memberKeys.lists() });
    },
  });
}
