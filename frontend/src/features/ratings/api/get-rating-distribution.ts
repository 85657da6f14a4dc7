import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { ratingKeys, type RatingDistribution } from './types';

/** BR-E8: the subtree's months by rating and cells by annual level, per cell type, for a year. */
export async function getRatingDistribution(organizationId: string, year: number): Promise<RatingDistribution> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/rating-distribution', {
      params: { path: { id: organizationId }, query: { year: String(year) } },
    }),
  );
}

export const ratingDistributionQueryOptions = (organizationId: string, year: number) =>
  queryOptions({
    queryKey: ratingKeys.distribution(organizationId, year),
    queryFn: () => getRatingDistribution(organizationId, year),
  });

/** Read only while shown: the list screen does not pay for it until the committee asks. */
export function useRatingDistribution(organizationId: string, year: number, enabled: boolean) {
  return useQuery({ ...ratingDistributionQueryOptions(organizationId, year), enabled });
}
