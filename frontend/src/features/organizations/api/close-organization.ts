import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { organizationKeys, type Organization, type OrganizationClose } from './types';

export async function closeOrganization(id: string, body: OrganizationClose): Promise<Organization> {
  return unwrap(await api().POST('/api/v1/organizations/{id}/close', { params: { path: { id } }, body }));
}

export function useCloseOrganization(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationClose) => closeOrganization(id, body),
    onSuccess: (closed) => {
      qc.setQueryData(organizationKeys.detail(id), closed);
      return qc.invalidateQueries({ queryKey: organizationKeys.all });
    },
  });
}
