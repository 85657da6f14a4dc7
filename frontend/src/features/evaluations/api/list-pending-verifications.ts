import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { evaluationKeys, type VerificationPage, type VerificationQuery } from './types';

/** Evaluations of a subtree waiting for verification, soonest due first, a page at a time. */
export async function listPendingVerifications(orgId: string, q: VerificationQuery): Promise<VerificationPage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/verifications', {
      params: { path: { id: orgId }, query: { overdue: q.overdue, page: q.page, size: q.size } },
    }),
  );
}

export const pendingVerificationsQueryOptions = (orgId: string, q: VerificationQuery) =>
  queryOptions({
    queryKey: evaluationKeys.pending(orgId, q),
    queryFn: () => listPendingVerifications(orgId, q),
    placeholderData: keepPreviousData,
  });

export function usePendingVerifications(orgId: string, q: VerificationQuery) {
  return useQuery(pendingVerificationsQueryOptions(orgId, q));
}
