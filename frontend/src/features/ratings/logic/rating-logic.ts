import type { AnnualLevel, AnnualRatingRow, RatingRegulation, RatingSubjectType } from '../api/types';

/** Best first, as the regulation ranks them. */
export const LEVELS: readonly AnnualLevel[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];

/** The regulation in force for a rated year (QĐ 366 from 2025, QĐ 124 before). */
export function regulationForYear(regulations: RatingRegulation[], year: number): RatingRegulation | undefined {
  return regulations.find((r) => r.fromYear <= year && (r.toYear == null || year <= r.toYear));
}

/** The best level the points reach (BR-S3); the bands are the regulation's data. */
export function bandOf(regulation: RatingRegulation, points: number): AnnualLevel {
  for (const level of LEVELS) {
    const band = regulation.bands.find((b) => b.level === level);
    if (band && points >= band.minPoints) return level;
  }
  return 'KHTNV';
}

/**
 * The levels the points allow: the band they reach and every level below it (a lower level stays
 * possible because the levels have conditions besides the points). The server refuses anything else.
 */
export function allowedLevels(regulation: RatingRegulation, points: number): AnnualLevel[] {
  return LEVELS.slice(LEVELS.indexOf(bandOf(regulation, points)));
}

/** The criteria of the framework for the kind of subject, in order. */
export function criteriaOf(regulation: RatingRegulation, type: RatingSubjectType) {
  return regulation.criteria.filter((c) => c.subjectType === type).sort((a, b) => a.position - b.position);
}

/**
 * The total of the scores typed in, or null while a criterion is empty, not a number, or outside
 * 0..its weight. Rounded to hundredths, as the server keeps them.
 */
export function totalPoints(
  criteria: { code: string; maxPoints: number }[],
  scores: Record<string, string>,
): number | null {
  let total = 0;
  for (const c of criteria) {
    const text = (scores[c.code] ?? '').trim().replace(',', '.');
    if (text === '') return null;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0 || value > c.maxPoints) return null;
    total += value;
  }
  return Math.round(total * 100) / 100;
}

/** The points the next step is judged on: the verified ones once proposed, else the self-assessed ones. */
export function currentPoints(row: AnnualRatingRow): number | null {
  return row.proposedPoints ?? row.selfPoints ?? null;
}
