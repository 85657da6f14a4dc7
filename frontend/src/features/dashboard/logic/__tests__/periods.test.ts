import { currentPeriod, displayPeriod, periodKind, recentPeriods } from '../periods';

describe('dashboard periods', () => {
  it('recognises the kind of a period and the current one', () => {
    expect(periodKind('2026-11')).toBe('month');
    expect(periodKind('2026-Q4')).toBe('quarter');
    expect(periodKind('2026')).toBe('year');
    expect(currentPeriod('quarter', '2026-12-06')).toBe('2026-Q4');
    expect(currentPeriod('month', '2026-12-06')).toBe('2026-12');
  });

  it('offers past periods across the turn of the year, never future ones', () => {
    expect(recentPeriods('month', '2026-02-10', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(recentPeriods('quarter', '2026-02-10', 2)).toEqual(['2026-Q1', '2025-Q4']);
    expect(recentPeriods('year', '2026-02-10', 2)).toEqual(['2026', '2025']);
  });

  it('writes periods as people do', () => {
    expect(displayPeriod('2026-Q4', 'vi')).toBe('IV/2026');
    expect(displayPeriod('2026-Q4', 'en')).toBe('Q4 2026');
    expect(displayPeriod('2026-11', 'vi')).toBe('11/2026');
  });
});
