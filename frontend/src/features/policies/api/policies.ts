import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/lib/api/schema';
import { api, idempotencyKey } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

type S = components['schemas'];
export type Policy = S['Policy'];
export type PolicyCreate = S['PolicyCreate'];

export const policyKeys = {
  all: ['policies'] as const,
  effective: (organizationId: string, on: string) => ['policies', 'effective', organizationId, on] as const,
  issued: (organizationId: string, page: number) => ['policies', 'issued', organizationId, page] as const,
};

/** The rule set in force for the organisation on a day: its own or the nearest issued above it. */
export function useEffectivePolicy(organizationId: string, on: string) {
  return useQuery({
    queryKey: policyKeys.effective(organizationId, on),
    queryFn: async () =>
      unwrap(
        await api().GET('/api/v1/organizations/{id}/policy', {
          params: { path: { id: organizationId }, query: { on } },
        }),
      ),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(on),
    placeholderData: keepPreviousData,
  });
}

/** The rule sets this organisation issued, newest first. */
export function useIssuedPolicies(organizationId: string, page: number) {
  return useQuery({
    queryKey: policyKeys.issued(organizationId, page),
    queryFn: async () =>
      unwrap(
        await api().GET('/api/v1/organizations/{id}/policies', {
          params: { path: { id: organizationId }, query: { page, size: 10 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useIssuePolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, key }: { body: PolicyCreate; key: string }) =>
      unwrap(await api().POST('/api/v1/policies', { body, ...idempotencyKey(key) })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: policyKeys.all }),
  });
}
