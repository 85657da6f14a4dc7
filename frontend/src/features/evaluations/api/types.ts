import type { components } from '@/lib/api/schema';

type S = components['schemas'];

export type Evaluation = S['Evaluation'];
export type EvaluationScore = S['EvaluationScore'];
export type EvaluationSave = S['EvaluationSave'];
export type ScoreInput = S['ScoreInput'];
export type Verification = S['Verification'];
export type VerificationItem = S['VerificationItem'];
export type EvaluationReport = S['EvaluationReport'];
export type Rating = S['Rating'];
export type ScoringTemplate = S['ScoringTemplate'];
export type ScoringCriterion = S['ScoringCriterion'];
export type ScoringTemplateCopy = S['ScoringTemplateCopy'];
export type SupervisionAssignment = S['SupervisionAssignment'];
export type SupervisionAssignmentCreate = S['SupervisionAssignmentCreate'];

export const evaluationKeys = {
  all: ['evaluations'] as const,
  detail: (meetingId: string) => ['evaluations', 'meeting', meetingId] as const,
  myVerifications: () => ['evaluations', 'my-verifications'] as const,
  pending: (orgId: string) => ['evaluations', 'pending', orgId] as const,
  report: (orgId: string, from?: string, to?: string) => ['evaluations', 'report', orgId, from, to] as const,
};

export const templateKeys = {
  all: ['scoring-templates'] as const,
  detail: (id: string) => ['scoring-templates', 'detail', id] as const,
  list: (orgId: string) => ['scoring-templates', 'list', orgId] as const,
  effective: (orgId: string) => ['scoring-templates', 'effective', orgId] as const,
};

export const assignmentKeys = {
  list: (orgId: string) => ['supervision-assignments', orgId] as const,
};

/** Leaves of a criteria tree, in order (the ones that get scores). */
export function leaves(criteria: ScoringCriterion[]): ScoringCriterion[] {
  return criteria.flatMap((c) => (c.children.length > 0 ? leaves(c.children) : [c]));
}

export type ScoringTemplateInput = S['ScoringTemplateInput'];
export type ScoringCriterionInput = S['ScoringCriterionInput'];
export type ScoreLevel = S['ScoreLevel'];
export type MeetingType = S['MeetingType'];
