import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { planKeys } from './types';

export type PlanMember = components['schemas']['MemberSummary'];

/** The cell's members, to choose who prepares and presents a topic; at most 200. */
export async function listPlanMembers(organizationId: string): Promise<PlanMember[]> {
  const page = unwrap(
    await api().GET('/api/v1/organizations/{id}/members', {
      params: { path: { id: organizationId }, query: { size: 200 } },
    }),
  );
  return page.items;
}

export const planMembersQueryOptions = (organizationId: string) =>
  queryOptions({
    queryKey: planKeys.members(organizationId),
    queryFn: () => listPlanMembers(organizationId),
    staleTime: 5 * 60_000,
  });

export function usePlanMembers(organizationId: string, enabled = true) {
  return useQuery({ ...planMembersQueryOptions(organizationId), enabled });
}
