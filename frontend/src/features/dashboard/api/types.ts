import type { components, operations } from '@/lib/api/schema';

type S = components['schemas'];

export type DashboardOverview = S['DashboardOverview'];
export type DashboardCellRow = S['DashboardCellRow'];
export type DashboardCellPage = S['DashboardCellPage'];
export type DashboardTrend = S['DashboardTrend'];
export type DashboardTrendMonth = S['DashboardTrendMonth'];
type GridParams = NonNullable<operations['listDashboardCells']['parameters']['query']>;
export type DashboardRegime = NonNullable<GridParams['regime']>;
export type DashboardSort = NonNullable<GridParams['sort']>;

export interface DashboardCellQuery {
  period: string;
  q?: string;
  regime?: DashboardRegime;
  sort: DashboardSort;
  page: number;
  size: number;
}

export const dashboardKeys = {
  all: ['dashboard'] as const,
  overview: (orgId: string, period: string) => ['dashboard', orgId, 'overview', period] as const,
  cells: (orgId: string, q: DashboardCellQuery) => ['dashboard', orgId, 'cells', q] as const,
  trend: (orgId: string, to: string) => ['dashboard', orgId, 'trend', to] as const,
};
