import { describe, expect, it } from 'vitest';
import type { AnnualRatingRow, RatingRegulation } from '../../api/types';
import { allowedLevels, bandOf, criteriaOf, currentPoints, regulationForYear, totalPoints } from '../rating-logic';

const bands = [
  { level: 'HTXSNV' as const, minPoints: 90 },
  { level: 'HTTNV' as const, minPoints: 70 },
  { level: 'HTNV' as const, minPoints: 50 },
  { level: 'KHTNV' as const, minPoints: 0 },
];
const qd366: RatingRegulation = {
  code: 'QD366',
  title: 'QĐ 366',
  fromYear: 2025,
  toYear: null,
  excellentMinTasksExceededPercent: 30,
  bands,
  criteria: [
    { subjectType: 'MEMBER', code: 'NHIEM_VU', position: 2, title: 'Nhiệm vụ', maxPoints: 40 },
    { subjectType: 'MEMBER', code: 'TU_TUONG', position: 1, title: 'Tư tưởng', maxPoints: 60 },
    { subjectType: 'ORGANIZATION', code: 'CHINH_TRI', position: 1, title: 'Chính trị', maxPoints: 100 },
  ],
};
const qd124: RatingRegulation = { ...qd366, code: 'QD124', fromYear: 2023, toYear: 2024 };

describe('annual rating rules on the client (BR-S3)', () => {
  it('picks the regulation in force for the rated year', () => {
    expect(regulationForYear([qd366, qd124], 2026)?.code).toBe('QD366');
    expect(regulationForYear([qd366, qd124], 2025)?.code).toBe('QD366');
    expect(regulationForYear([qd366, qd124], 2024)?.code).toBe('QD124');
    expect(regulationForYear([qd366, qd124], 2022)).toBeUndefined();
  });

  it('finds the band of the points at each boundary', () => {
    expect(bandOf(qd366, 90)).toBe('HTXSNV');
    expect(bandOf(qd366, 89.99)).toBe('HTTNV');
    expect(bandOf(qd366, 70)).toBe('HTTNV');
    expect(bandOf(qd366, 69.99)).toBe('HTNV');
    expect(bandOf(qd366, 49.99)).toBe('KHTNV');
  });

  it('offers the band and every level below it, never above', () => {
    expect(allowedLevels(qd366, 89.99)).toEqual(['HTTNV', 'HTNV', 'KHTNV']);
    expect(allowedLevels(qd366, 95)).toEqual(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
    expect(allowedLevels(qd366, 10)).toEqual(['KHTNV']);
  });

  it('totals the scores only when every criterion is within its weight', () => {
    const criteria = criteriaOf(qd366, 'MEMBER');
    expect(criteria.map((c) => c.code)).toEqual(['TU_TUONG', 'NHIEM_VU']);
    expect(totalPoints(criteria, { TU_TUONG: '50', NHIEM_VU: '39,99' })).toBe(89.99);
    expect(totalPoints(criteria, { TU_TUONG: '50' })).toBeNull();
    expect(totalPoints(criteria, { TU_TUONG: '61', NHIEM_VU: '1' })).toBeNull();
    expect(totalPoints(criteria, { TU_TUONG: 'x', NHIEM_VU: '1' })).toBeNull();
  });

  it('judges the next step on the verified points once proposed', () => {
    const row = { selfPoints: 92, proposedPoints: 85 } as AnnualRatingRow;
    expect(currentPoints(row)).toBe(85);
    expect(currentPoints({ selfPoints: 92 } as AnnualRatingRow)).toBe(92);
    expect(currentPoints({} as AnnualRatingRow)).toBeNull();
  });
});
