import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type SupervisionTeamPage } from './types';

/** Supervision teams of the committees of a subtree, a page at a time. */
export async function listSupervisionTeams(
  organizationId: string,
  page: number,
  size: number,
): Promise<SupervisionTeamPage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/supervision-teams', {
      params: { path: { id: organizationId }, query: { page, size } },
    }),
  );
}

export const supervisionTeamsQueryOptions = (organizationId: string, page: number, size: number) =>
  queryOptions({
    queryKey: [...supervisionKeys.teams(organizationId), page, size],
    queryFn: () => listSupervisionTeams(organizationId, page, size),
    placeholderData: keepPreviousData,
  });

export function useSupervisionTeams(organizationId: string, page: number, size: number) {
  return useQuery(supervisionTeamsQueryOptions(organizationId, page, size));
}
