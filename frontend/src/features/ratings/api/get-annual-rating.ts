import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { ratingKeys, type AnnualRating } from './types';

/** One rating with its steps, band, suggested inputs, warnings and history. */
export async function getAnnualRating(id: string): Promise<AnnualRating> {
  return unwrap(await api().GET('/api/v1/annual-ratings/{id}', { params: { path: { id } } }));
}

export const annualRatingQueryOptions = (id: string) =>
  queryOptions({ queryKey: ratingKeys.detail(id), queryFn: () => getAnnualRating(id) });

export function useAnnualRating(id: string) {
  return useQuery(annualRatingQueryOptions(id));
}
