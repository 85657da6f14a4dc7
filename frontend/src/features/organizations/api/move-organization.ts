import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { organizationKeys, type Organization, type OrganizationMove } from './types';

export async function moveOrganization(id: string, body: OrganizationMove): Promise<Organization> {
  return unwrap(await api().POST('/api/v1/organizations/{id}/move', { params: { path: { id } }, body }));
}

export function useMoveOrganization(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationMove) => moveOrganization(id, body),
    onSuccess: (moved) => {
      qc.setQueryData(organizationKeys.detail(id), moved);
      // Old and new parents, and every descendant's ancestors, changed.
      return qc.invalidateQueries({ queryKey: organizationKeys.all });
    },
  });
}
