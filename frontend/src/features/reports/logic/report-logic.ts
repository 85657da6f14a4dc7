import type { ReportKind } from '../api/types';

export const REPORT_KINDS: ReportKind[] = ['QUARTERLY', 'HALF_YEAR', 'ANNUAL', 'MODEL_MEETING'];

/**
 * The periods a report of the kind can be opened for on a day (Vietnam date "YYYY-MM-DD"), newest first: the
 * begun quarters of this and last year, this and last year's first half, this and last year. The server
 * refuses any other; this only fills the choice.
 */
export function periodChoices(kind: ReportKind, today: string): string[] {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  if (kind === 'QUARTERLY') {
    const out: string[] = [];
    for (let y = year, q = quarter; out.length < 6; q--) {
      if (q === 0) {
        y--;
        q = 4;
      }
      out.push(`${y}-Q${q}`);
    }
    return out;
  }
  if (kind === 'HALF_YEAR') return [`${year}-H1`, `${year - 1}-H1`];
  return [String(year), String(year - 1)];
}

/** The period a report is usually written for now: the last quarter that has ended, else this year. */
export function defaultPeriod(kind: ReportKind, today: string): string {
  const choices = periodChoices(kind, today);
  return kind === 'QUARTERLY' ? choices[1] : choices[0];
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "2026-Q3" → quarter III/2026 (Vietnamese) or Q3 2026, "2026-H1" → first half, "2026" → the year. */
export function periodLabel(period: string, lang: 'vi' | 'en'): string {
  const year = period.slice(0, 4);
  const q = /^\d{4}-Q([1-4])$/.exec(period);
  if (q) return lang === 'vi' ? `Quý ${ROMAN[Number(q[1]) - 1]}/${year}` : `Q${q[1]} ${year}`;
  if (/^\d{4}-H1$/.test(period)) return lang === 'vi' ? `6 tháng đầu năm ${year}` : `First half of ${year}`;
  return lang === 'vi' ? `Năm ${year}` : year;
}
