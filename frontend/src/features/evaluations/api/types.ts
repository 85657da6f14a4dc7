import type { components } from '@/lib/api/schema';

type S = components['schemas'];

export type Evaluation = S['Evaluation'];
export type EvaluationScore = S['EvaluationScore'];
export type EvaluationSave = S['EvaluationSave'];
export type ScoreInput = S['ScoreInput'];
export type Verification = S['Verification'];
export type VerificationItem = S['VerificationItem'];
export type VerificationPage = S['VerificationPage'];
export type EvaluationReport = S['EvaluationReport'];
export type Rating = S['Rating'];
export type ScoringTemplate = S['ScoringTemplate'];
export type ScoringTemplatePage = S['ScoringTemplatePage'];
export type ScoringCriterion = S['ScoringCriterion'];
export type ScoringTemplateCopy = S['ScoringTemplateCopy'];
export type SupervisionAssignment = S['SupervisionAssignment'];
export type SupervisionAssignmentPage = S['SupervisionAssignmentPage'];
export type SupervisionAssignmentCreate = S['SupervisionAssignmentCreate'];

/** A page of a verification list, with its filter (the list behind the dashboard's pending and overdue figures). */
export type VerificationQuery = { overdue?: boolean; page: number; size: number };

export { SUBTREE_PAGE_SIZE as PAGE_SIZE } from '@/lib/api/paging';

export const evaluationKeys = {
  all: ['evaluations'] as const,
  detail: (meetingId: string) => ['evaluations', 'meeting', meetingId] as const,
  myVerifications: (q: VerificationQuery) => ['evaluations', 'my-verifications', q] as const,
  pending: (orgId: string, q: VerificationQuery) => ['evaluations', 'pending', orgId, q] as const,
  report: (orgId: string, from: string | undefined, to: string | undefined, page: number) =>
    ['evaluations', 'report', orgId, from, to, page] as const,
};

export const templateKeys = {
  all: ['scoring-templates'] as const,
  detail: (id: string) => ['scoring-templates', 'detail', id] as const,
  list: (orgId: string) => ['scoring-templates', 'list', orgId] as const,
  effective: (orgId: string) => ['scoring-templates', 'effective', orgId] as const,
};

export const assignmentKeys = {
  list: (orgId: string, page: number) => ['supervision-assignments', orgId, page] as const,
};

/** Leaves of a criteria tree, in order (the ones that get scores). */
export function leaves(criteria: ScoringCriterion[]): ScoringCriterion[] {
  return criteria.flatMap((c) => (c.children.length > 0 ? leaves(c.children) : [c]));
}

export type ScoringTemplateInput = S['ScoringTemplateInput'];
export type ScoringCriterionInput = S['ScoringCriterionInput'];
export type ScoreLevel = S['ScoreLevel'];
export type MeetingType = S['MeetingType'];
