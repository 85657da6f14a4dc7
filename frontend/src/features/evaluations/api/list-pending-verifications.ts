import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { evaluationKeys, type VerificationItem } from './types';

export async function listPendingVerifications(orgId: string): Promise<VerificationItem[]> {
  return unwrap(await api().GET('/api/v1/organizations/{id}/verifications', { params: { path: { id: orgId } } }));
}

export const pendingVerificationsQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: evaluationKeys.pending(orgId), queryFn: () => listPendingVerifications(orgId) });

export function usePendingVerifications(orgId: string) {
  return useQuery(pendingVerificationsQueryOptions(orgId));
}
