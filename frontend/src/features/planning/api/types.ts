import type { components } from '@/lib/api/schema';

type S = components['schemas'];

export type TopicGroup = S['TopicGroup'];
export type PlanStatus = S['PlanStatus'];
export type PlanItemKind = S['PlanItemKind'];
export type TopicalPlan = S['TopicalPlan'];
export type PlanItem = S['TopicalPlanItem'];
export type PlanItemProgress = PlanItem['progress'];
export type PlanHistoryEntry = S['TopicalPlanEvent'];
export type PlanItemInput = S['TopicalPlanItemInput'];
export type TopicalPlanSave = S['TopicalPlanEdit'];
export type PlanDecision = S['PlanDecision'];
export type PlanInbox = S['PlanInbox'];
export type InboxCell = PlanInbox['cells'][number];
export type InboxStatus = InboxCell['status'];
export type MonthlySchedule = S['MonthlySchedule'];
export type PushedTopic = S['PushedTopic'];
export type PushedTopicPage = S['PushedTopicPage'];
export type Policy = S['Policy'];
export type PushedTopicCreate = S['PushedTopicCreate'];

export { SUBTREE_PAGE_SIZE as PAGE_SIZE } from '@/lib/api/paging';

export const planKeys = {
  all: ['topical-plans'] as const,
  detail: (orgId: string, year: number) => ['topical-plans', 'detail', orgId, year] as const,
  inbox: (orgId: string, year: number, filter: string, page: number) =>
    ['topical-plans', 'inbox', orgId, year, filter, page] as const,
  topicGroups: () => ['topic-groups'] as const,
  members: (orgId: string) => ['topical-plans', 'members', orgId] as const,
  pushed: (orgId: string, year: number) => ['topical-plans', 'pushed', orgId, year] as const,
  policy: (orgId: string, on: string) => ['topical-plans', 'policy', orgId, on] as const,
};

export const scheduleKeys = {
  all: ['monthly-schedules'] as const,
  month: (orgId: string, month: string) => ['monthly-schedules', orgId, month] as const,
  detail: (orgId: string, month: string, page: number) => ['monthly-schedules', orgId, month, page] as const,
};

export type ArtefactChecklist = components['schemas']['ArtefactChecklist'];
export type ArtefactKind = components['schemas']['ArtefactKind'];
export type ArtefactRecord = components['schemas']['ArtefactRecord'];

export const artefactKeys = {
  all: ['artefacts'] as const,
  checklist: (organizationId: string, year: number, page: number) =>
    [...artefactKeys.all, organizationId, year, page] as const,
};
