import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { organizationKeys, type Organization, type OrganizationCreate } from './types';

export async function createOrganization(body: OrganizationCreate): Promise<Organization> {
  return unwrap(await api().POST('/api/v1/organizations', { body }));
}

export function useCreateOrganization() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: (created) => {
      qc.setQueryData(organizationKeys.detail(created.id), created);
      // The parent's child count and child list changed.
      return qc.invalidateQueries({ queryKey: organizationKeys.all });
    },
  });
}
