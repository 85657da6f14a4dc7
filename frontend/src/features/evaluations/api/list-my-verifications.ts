import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { evaluationKeys, type VerificationPage, type VerificationQuery } from './types';

/** The caller's queue of evaluations to verify, soonest due first, a page at a time. */
export async function listMyVerifications(q: VerificationQuery): Promise<VerificationPage> {
  return unwrap(
    await api().GET('/api/v1/me/verifications', {
      params: { query: { overdue: q.overdue, page: q.page, size: q.size } },
    }),
  );
}

export const myVerificationsQueryOptions = (q: VerificationQuery) =>
  queryOptions({
    queryKey: evaluationKeys.myVerifications(q),
    queryFn: () => listMyVerifications(q),
    placeholderData: keepPreviousData,
  });

export function useMyVerifications(q: VerificationQuery) {
  return useQuery(myVerificationsQueryOptions(q));
}
