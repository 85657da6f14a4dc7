import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { planKeys, type PushedTopic, type PushedTopicCreate } from './types';

/** Pushes a topic into the plan of every cell below the committee. */
export async function pushTopic(organizationId: string, body: PushedTopicCreate): Promise<PushedTopic> {
  return unwrap(
    await api().POST('/api/v1/organizations/{id}/pushed-topics', { params: { path: { id: organizationId } }, body }),
  );
}

export function usePushTopic(organizationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PushedTopicCreate) => pushTopic(organizationId, body),
    // The topic lands in every cell's plan: the inbox and the plans change too.
    onSuccess: () => void qc.invalidateQueries({ queryKey: planKeys.all }),
  });
}
