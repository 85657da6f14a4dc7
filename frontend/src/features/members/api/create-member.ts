import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { memberKeys, ORGANIZATION_KEY, type Member, type MemberCreate } from './types';

export async function createMember(body: MemberCreate): Promise<Member> {
  return unwrap(await api().POST('/api/v1/members', { body }));
}

export function useCreateMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createMember,
    onSuccess: async (created) => {
      qc.setQueryData(memberKeys.detail(created.id), created);
      await Promise.all([
        qc.invalidateQueries({ queryKey: memberKeys.lists() }),
        qc.invalidateQueries({ queryKey: ORGANIZATION_KEY }),
      ]);
    },
  });
}
