export const quarterOfMonth = (month: number) => Math.ceil(month / 3);

/** The quarter before or after, across years. */
export function shiftQuarter(year: number, quarter: number, delta: number): { year: number; quarter: number } {
  const index = year * 4 + (quarter - 1) + delta;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}
