import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { organizationKeys, type Organization, type OrganizationPatch } from './types';

export async function updateOrganization(id: string, body: OrganizationPatch): Promise<Organization> {
  return unwrap(await api().PATCH('/api/v1/organizations/{id}', { params: { path: { id } }, body }));
}

export function useUpdateOrganization(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationPatch) => updateOrganization(id, body),
    onSuccess: (updated) => {
      qc.setQueryData(organizationKeys.detail(id), updated);
      return qc.invalidateQueries({ queryKey: organizationKeys.lists() });
    },
  });
}
