import type { DashboardTrendMonth } from '../../api/types';
import { stackedRatings, trendEnd } from '../trend';

describe('trendEnd', () => {
  it('ends at the month, quarter or year of the period, never after the current month', () => {
    expect(trendEnd('2026-11', '2026-12')).toBe('2026-11');
    expect(trendEnd('2026-Q3', '2026-12')).toBe('2026-09');
    expect(trendEnd('2026-Q4', '2026-12')).toBe('2026-12');
    expect(trendEnd('2026', '2026-12')).toBe('2026-12');
    expect(trendEnd('2026', '2026-05')).toBe('2026-05');
    expect(trendEnd('2025', '2026-05')).toBe('2025-12');
  });
});

describe('stackedRatings', () => {
  it('gives each level the running total from it down to the lowest level', () => {
    const month = {
      selfByLevel: { GOOD: 1, FAIR: 2, AVERAGE: 3, POOR: 4 },
    } as unknown as DashboardTrendMonth;
    expect(stackedRatings([month])).toEqual([
      { level: 'GOOD', tops: [10] },
      { level: 'FAIR', tops: [9] },
      { level: 'AVERAGE', tops: [7] },
      { level: 'POOR', tops: [4] },
    ]);
  });
});
