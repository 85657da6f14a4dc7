import type { components, operations } from '@/lib/api/schema';

export type Member = components['schemas']['Member'];
export type MemberSummary = components['schemas']['MemberSummary'];
export type MemberPage = components['schemas']['MemberPage'];
export type MemberStatus = components['schemas']['MemberStatus'];
export type MemberCreate = components['schemas']['MemberCreate'];
export type MemberPatch = components['schemas']['MemberPatch'];
export type MemberTransfer = components['schemas']['MemberTransfer'];
export type ExemptionCreate = components['schemas']['ExemptionCreate'];
export type PositionCreate = components['schemas']['PositionCreate'];
export type Gender = components['schemas']['Gender'];
export type Position = components['schemas']['Position'];
export type ExemptionReason = components['schemas']['ExemptionReason'];
export type ListMembersQuery = NonNullable<operations['listMembers']['parameters']['query']>;

export const MEMBER_STATUSES: MemberStatus[] = ['PROBATIONARY', 'OFFICIAL', 'EXEMPT'];
export const GENDERS: Gender[] = ['MALE', 'FEMALE', 'OTHER'];
export const POSITIONS: Position[] = [
  'SECRETARY',
  'DEPUTY_SECRETARY',
  'COMMITTEE_MEMBER',
  'GROUP_LEADER',
  'GROUP_DEPUTY',
];
export const EXEMPTION_REASONS: ExemptionReason[] = ['AGE', 'HEALTH', 'OTHER'];

export const memberKeys = {
  all: ['members'] as const,
  lists: () => [...memberKeys.all, 'list'] as const,
  list: (organizationId: string, query: ListMembersQuery) => [...memberKeys.lists(), organizationId, query] as const,
  detail: (id: string) => [...memberKeys.all, 'detail', id] as const,
};

/** Organisation details show an active member count: member writes make them stale. */
export const ORGANIZATION_KEY = ['organizations'] as const;

export type DuesSheet = components['schemas']['DuesSheet'];
export type DuesSheetUpdate = components['schemas']['DuesSheetUpdate'];
export type DuesStatus = components['schemas']['DuesStatus'];
export const DUES_STATUSES: DuesStatus[] = ['PAID', 'UNPAID', 'EXEMPT'];

export const duesKeys = {
  month: (organizationId: string, month: string) => ['dues', organizationId, month] as const,
};
