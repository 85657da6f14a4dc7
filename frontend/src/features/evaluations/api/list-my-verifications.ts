import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { evaluationKeys, type VerificationItem } from './types';

export async function listMyVerifications(): Promise<VerificationItem[]> {
  return unwrap(await api().GET('/api/v1/me/verifications'));
}

export const myVerificationsQueryOptions = () =>
  queryOptions({ queryKey: evaluationKeys.myVerifications(), queryFn: listMyVerifications });

export function useMyVerifications() {
  return useQuery(myVerificationsQueryOptions());
}
