import type { components, operations } from '@/lib/api/schema';

export type Organization = components['schemas']['Organization'];
export type OrganizationSummary = components['schemas']['OrganizationSummary'];
export type OrganizationPage = components['schemas']['OrganizationPage'];
export type OrganizationType = components['schemas']['OrganizationType'];
export type OrganizationCategory = components['schemas']['OrganizationCategory'];
export type OrganizationCreate = components['schemas']['OrganizationCreate'];
export type OrganizationPatch = components['schemas']['OrganizationPatch'];
export type OrganizationMove = components['schemas']['OrganizationMove'];
export type OrganizationClose = components['schemas']['OrganizationClose'];
export type ListOrganizationsQuery = NonNullable<operations['listOrganizations']['parameters']['query']>;

/** Every organisation query key starts with this, so a write can invalidate them all at once. */
export const organizationKeys = {
  all: ['organizations'] as const,
  lists: () => [...organizationKeys.all, 'list'] as const,
  list: (query: ListOrganizationsQuery) => [...organizationKeys.lists(), query] as const,
  detail: (id: string) => [...organizationKeys.all, 'detail', id] as const,
};
