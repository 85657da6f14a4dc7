import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { memberKeys, ORGANIZATION_KEY, type Member, type MemberTransfer } from './types';

export async function transferMember(id: string, body: MemberTransfer): Promise<Member> {
  return unwrap(await api().POST('/api/v1/members/{id}/transfer', { params: { path: { id } }, body }));
}

export function useTransferMember(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberTransfer) => transferMember(id, body),
    onSuccess: async (member) => {
      qc.setQueryData(memberKeys.detail(id), member);
      // Both cells' member lists and counts changed.
      await Promise.all([
        qc.invalidateQueries({ queryKey: memberKeys.lists() }),
        qc.invalidateQueries({ queryKey: ORGANIZATION_KEY }),
      ]);
    },
  });
}
