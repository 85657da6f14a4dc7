import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { ratingKeys, type AnnualRatingPage, type AnnualRatingQuery } from './types';

/** One page of the current annual ratings of a subtree for a year. */
export async function listAnnualRatings(organizationId: string, q: AnnualRatingQuery): Promise<AnnualRatingPage> {
  return unwrap(
    await api().GET('/api/v1/organizations/{id}/annual-ratings', {
      params: {
        path: { id: organizationId },
        query: {
          year: String(q.year),
          subjectType: q.subjectType,
          level: q.level,
          state: q.state,
          q: q.q || undefined,
          page: q.page,
          size: q.size,
        },
      },
    }),
  );
}

export const annualRatingsQueryOptions = (organizationId: string, q: AnnualRatingQuery) =>
  queryOptions({
    queryKey: ratingKeys.list(organizationId, q),
    queryFn: () => listAnnualRatings(organizationId, q),
    placeholderData: keepPreviousData,
  });

export function useAnnualRatings(organizationId: string, q: AnnualRatingQuery) {
  return useQuery(annualRatingsQueryOptions(organizationId, q));
}
