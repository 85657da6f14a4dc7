import type { components, operations } from '@/lib/api/schema';

type S = components['schemas'];

export type AnnualRatingRow = S['AnnualRatingRow'];
export type AnnualRatingPage = S['AnnualRatingPage'];
export type AnnualRating = S['AnnualRating'];
export type AnnualLevel = S['AnnualLevel'];
export type AnnualRatingState = S['AnnualRatingState'];
export type RatingSubjectType = S['RatingSubjectType'];
export type AnnualRatingAction = S['AnnualRatingAction'];
export type RatingRegulation = S['RatingRegulation'];
export type RatingCycle = S['RatingCycle'];
export type SelfAssessment = S['AnnualRatingSelfAssessment'];
export type Proposal = S['AnnualRatingProposal'];
export type Decision = S['AnnualRatingDecision'];
export type Supersede = S['AnnualRatingSupersede'];
export type RatingDistribution = S['RatingDistribution'];
export type RatingDistributionCategory = S['RatingDistributionCategory'];
type ListParams = NonNullable<operations['listAnnualRatings']['parameters']['query']>;

export interface AnnualRatingQuery {
  year: number;
  subjectType?: ListParams['subjectType'];
  level?: ListParams['level'];
  state?: ListParams['state'];
  q?: string;
  page: number;
  size: number;
}

export const ratingKeys = {
  all: ['annual-ratings'] as const,
  list: (orgId: string, q: AnnualRatingQuery) => ['annual-ratings', orgId, 'list', q] as const,
  detail: (id: string) => ['annual-ratings', 'detail', id] as const,
  regulations: ['rating-regulations'] as const,
  distribution: (orgId: string, year: number) => ['annual-ratings', orgId, 'distribution', year] as const,
};
