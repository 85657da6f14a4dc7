import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { supervisionKeys, type SupervisionTeam, type SupervisionTeamCreate } from './types';

/** Sets up a supervision team of the committee (the leader is a member too). */
export async function createSupervisionTeam(
  organizationId: string,
  body: SupervisionTeamCreate,
): Promise<SupervisionTeam> {
  return unwrap(
    await api().POST('/api/v1/organizations/{id}/supervision-teams', {
      params: { path: { id: organizationId } },
      body,
    }),
  );
}

export function useCreateSupervisionTeam(organizationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SupervisionTeamCreate) => createSupervisionTeam(organizationId, body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: supervisionKeys.teams(organizationId) }),
  });
}
