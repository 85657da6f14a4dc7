import { describe, expect, it } from 'vitest';
import { defaultPeriod, periodChoices, periodLabel } from '../report-logic';

describe('report periods', () => {
  it('offers the begun quarters newest first, across the new year', () => {
    expect(periodChoices('QUARTERLY', '2027-01-03')).toEqual([
      '2027-Q1',
      '2026-Q4',
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
    ]);
    expect(defaultPeriod('QUARTERLY', '2027-01-03')).toBe('2026-Q4');
  });

  it('offers this and last year for the other kinds', () => {
    expect(periodChoices('HALF_YEAR', '2026-12-06')).toEqual(['2026-H1', '2025-H1']);
    expect(periodChoices('ANNUAL', '2026-12-06')).toEqual(['2026', '2025']);
    expect(defaultPeriod('MODEL_MEETING', '2026-12-06')).toBe('2026');
  });

  it('names periods as people write them', () => {
    expect(periodLabel('2026-Q3', 'vi')).toBe('Quý III/2026');
    expect(periodLabel('2026-Q3', 'en')).toBe('Q3 2026');
    expect(periodLabel('2026-H1', 'vi')).toBe('6 tháng đầu năm 2026');
    expect(periodLabel('2026', 'en')).toBe('2026');
  });
});
