import type { CoverageCell } from '../api/types';

export const quarterOfMonth = (month: number) => Math.ceil(month / 3);

/** The quarter before or after, across years. */
export function shiftQuarter(year: number, quarter: number, delta: number): { year: number; quarter: number } {
  const index = year * 4 + (quarter - 1) + delta;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

/** Cells not yet visited enough first (fewest visits first), then by name. */
export function sortCoverage(cells: CoverageCell[]): CoverageCell[] {
  return [...cells].sort(
    (a, b) =>
      Number(a.covered) - Number(b.covered) ||
      a.visits - b.visits ||
      a.organizationName.localeCompare(b.organizationName, 'vi'),
  );
}
