import type { components } from '@/lib/api/schema';

type S = components['schemas'];

export type ModelKind = S['ModelKind'];
export type ModelInvitee = S['ModelInvitee'];
export type ModelSelection = S['ModelSelection'];
export type ModelProgramme = S['ModelProgramme'];
export type ModelSelectionInput = S['ModelSelectionInput'];
export type ModelProgrammeSave = S['ModelProgrammeSave'];
export type ModelAppraisalInput = S['ModelAppraisalInput'];
export type ModelLessonsInput = S['ModelLessonsInput'];
export type ModelLesson = S['ModelLesson'];
export type ModelLessonPage = S['ModelLessonPage'];

export const MODEL_KINDS: ModelKind[] = ['REGULAR', 'TOPICAL'];
export const MODEL_INVITEES: ModelInvitee[] = [
  'CELL_MEMBERS',
  'COMMITTEE_MEMBERS',
  'CELL_SECRETARIES',
  'SUPERVISORS',
  'OTHER',
];

export const modelKeys = {
  all: ['model-programmes'] as const,
  programme: (orgId: string, year: number) => ['model-programmes', 'programme', orgId, year] as const,
  lessons: (orgId: string, year: number) => ['model-programmes', 'lessons', orgId, year] as const,
};
