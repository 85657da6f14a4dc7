import type { DashboardTrendMonth } from '../api/types';

export const RATING_LEVELS = ['GOOD', 'FAIR', 'AVERAGE', 'POOR'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/**
 * The last month the trend shows for a dashboard period: the period's last month, but never a month still
 * to come (the server refuses those), so "this quarter" or "this year" ends at the current month.
 */
export function trendEnd(period: string, currentMonth: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  const last = quarter
    ? `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}`
    : /^\d{4}$/.test(period)
      ? `${period}-12`
      : period;
  return last > currentMonth ? currentMonth : last;
}

/**
 * The ratings of each month stacked: the first series is the total of every level, the next one leaves out
 * the first level, and so on, so drawing them in order as bars from zero shows each level as a band.
 */
export function stackedRatings(months: DashboardTrendMonth[]): { level: RatingLevel; tops: number[] }[] {
  return RATING_LEVELS.map((level, i) => ({
    level,
    tops: months.map((m) => RATING_LEVELS.slice(i).reduce((sum, l) => sum + m.selfByLevel[l], 0)),
  }));
}
