import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import {
  ratingKeys,
  type AnnualRating,
  type Decision,
  type Proposal,
  type SelfAssessment,
  type Supersede,
} from './types';

/** A step of the annual rating and its body (one endpoint each). */
export type RatingStep =
  | { action: 'SELF_ASSESS'; body: SelfAssessment }
  | { action: 'PROPOSE'; body: Proposal }
  | { action: 'DECIDE'; body: Decision }
  | { action: 'SUPERSEDE'; body: Supersede };

export async function takeRatingStep(id: string, step: RatingStep): Promise<AnnualRating> {
  const params = { path: { id } };
  switch (step.action) {
    case 'SELF_ASSESS':
      return unwrap(await api().POST('/api/v1/annual-ratings/{id}/self-assessment', { params, body: step.body }));
    case 'PROPOSE':
      return unwrap(await api().POST('/api/v1/annual-ratings/{id}/proposal', { params, body: step.body }));
    case 'DECIDE':
      return unwrap(await api().POST('/api/v1/annual-ratings/{id}/decision', { params, body: step.body }));
    case 'SUPERSEDE':
      return unwrap(await api().POST('/api/v1/annual-ratings/{id}/supersession', { params, body: step.body }));
  }
}

export function useRatingStep(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (step: RatingStep) => takeRatingStep(id, step),
    onSuccess: (rating) => {
      qc.setQueryData(ratingKeys.detail(rating.rating.id), rating);
      void qc.invalidateQueries({ queryKey: ratingKeys.all });
    },
  });
}
