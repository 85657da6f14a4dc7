import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { ratingKeys, type RatingCycle } from './types';

/** Opens the annual rating of a year for the committee's subtree. */
export async function openRatingCycle(organizationId: string, year: number): Promise<RatingCycle> {
  return unwrap(
    await api().POST('/api/v1/organizations/{id}/rating-cycles', {
      params: { path: { id: organizationId } },
      body: { year },
    }),
  );
}

export function useOpenRatingCycle(organizationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => openRatingCycle(organizationId, year),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ratingKeys.all }),
  });
}
