import type { components } from '@/lib/api/schema';

type S = components['schemas'];

export type SupervisionCoverage = S['SupervisionCoverage'];
export type CoverageCell = SupervisionCoverage['cells'][number];
export type SupervisionVisit = S['SupervisionVisit'];
export type SupervisionVisitPage = S['SupervisionVisitPage'];
/** Which cells of the coverage list: all, or only the covered or not covered ones (the lists behind the totals). */
export type CoverageFilter = 'ALL' | 'NOT_COVERED' | 'COVERED';
export type SupervisionVisitCreate = S['SupervisionVisitCreate'];
export type SupervisionTeam = S['SupervisionTeam'];
export type SupervisionTeamPage = S['SupervisionTeamPage'];
export type SupervisionTeamCreate = S['SupervisionTeamCreate'];
export type MonthlyAssignments = S['MonthlyAssignments'];
export type MonthlyAssignmentsSave = S['MonthlyAssignmentsSave'];
export type SupervisionReport = S['SupervisionReport'];
export type SupervisionReportPage = S['SupervisionReportPage'];
export type SupervisionReportKind = S['SupervisionReportKind'];
export type SupervisionReportCreate = S['SupervisionReportCreate'];

export const supervisionKeys = {
  all: ['supervision'] as const,
  coverage: (orgId: string, year: number, quarter: number, filter: CoverageFilter, page: number) =>
    ['supervision', 'coverage', orgId, year, quarter, filter, page] as const,
  visits: (orgId: string, from: string, to: string, page: number) =>
    ['supervision', 'visits', orgId, from, to, page] as const,
  teams: (orgId: string) => ['supervision', 'teams', orgId] as const,
  allReports: ['supervision', 'reports'] as const,
  reports: (committeeId: string, year: number) => ['supervision', 'reports', committeeId, year] as const,
  assignments: (teamId: string, month: string) => ['supervision', 'assignments', teamId, month] as const,
};
