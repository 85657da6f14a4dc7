import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { ratingKeys, type RatingRegulation } from './types';

/** The rating regulations (bands and criteria), reference data. */
export async function listRatingRegulations(): Promise<RatingRegulation[]> {
  return unwrap(await api().GET('/api/v1/rating-regulations'));
}

export const ratingRegulationsQueryOptions = () =>
  queryOptions({ queryKey: ratingKeys.regulations, queryFn: listRatingRegulations, staleTime: 60 * 60 * 1000 });

export function useRatingRegulations() {
  return useQuery(ratingRegulationsQueryOptions());
}
