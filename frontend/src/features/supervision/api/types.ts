import type { components } from '@/lib/api/schema';

type S = components['schemas'];

export type SupervisionCoverage = S['SupervisionCoverage'];
export type CoverageCell = SupervisionCoverage['cells'][number];
export type SupervisionVisit = S['SupervisionVisit'];
export type SupervisionVisitCreate = S['SupervisionVisitCreate'];

export const supervisionKeys = {
  all: ['supervision'] as const,
  coverage: (orgId: string, year: number, quarter: number) =>
    ['supervision', 'coverage', orgId, year, quarter] as const,
  visits: (orgId: string, from: string, to: string) => ['supervision', 'visits', orgId, from, to] as const,
};
