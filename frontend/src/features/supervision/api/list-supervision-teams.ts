import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type SupervisionTeam } from './types';

/** Supervision teams of the committees of a subtree. */
export async function listSupervisionTeams(organizationId: string): Promise<SupervisionTeam[]> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/supervision-teams', { params: { path: { id: organizationId } } }),
  );
}

export const supervisionTeamsQueryOptions = (organizationId: string) =>
  queryOptions({
    queryKey: supervisionKeys.teams(organizationId),
    queryFn: () => listSupervisionTeams(organizationId),
  });

export function useSupervisionTeams(organizationId: string) {
  return useQuery(supervisionTeamsQueryOptions(organizationId));
}
