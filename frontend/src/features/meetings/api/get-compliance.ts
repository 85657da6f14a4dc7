import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, type Compliance } from './types';

export async function getCompliance(organizationId: string, year: number): Promise<Compliance> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/compliance', {
      params: { path: { id: organizationId }, query: { year } },
    }),
  );
}

export const complianceQueryOptions = (organizationId: string, year: number) =>
  queryOptions({
    queryKey: meetingKeys.compliance(organizationId, year),
    queryFn: () => getCompliance(organizationId, year),
  });

export function useCompliance(organizationId: string, year: number, enabled = true) {
  return useQuery({ ...complianceQueryOptions(organizationId, year), enabled });
}
