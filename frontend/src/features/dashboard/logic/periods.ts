/** Dashboard periods: a month "2026-11", a quarter "2026-Q4" or a year "2026" (Vietnam time). */
export type PeriodKind = 'month' | 'quarter' | 'year';

export function periodKind(period: string): PeriodKind {
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}$/.test(period)) return 'year';
  return 'month';
}

/** The current period of a kind, from today's date "YYYY-MM-DD". */
export function currentPeriod(kind: PeriodKind, today: string): string {
  const year = today.slice(0, 4);
  const month = Number(today.slice(5, 7));
  if (kind === 'year') return year;
  if (kind === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return today.slice(0, 7);
}

/** The periods of a kind offered in the picker, newest first (none in the future: the server refuses them). */
export function recentPeriods(kind: PeriodKind, today: string, count = kind === 'year' ? 5 : 12): string[] {
  const out: string[] = [];
  let year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (kind === 'year') {
    for (let i = 0; i < count; i++) out.push(String(year - i));
    return out;
  }
  if (kind === 'quarter') {
    let q = Math.floor((month - 1) / 3) + 1;
    for (let i = 0; i < count; i++) {
      out.push(`${year}-Q${q}`);
      q -= 1;
      if (q === 0) {
        q = 4;
        year -= 1;
      }
    }
    return out;
  }
  let m = month;
  for (let i = 0; i < count; i++) {
    out.push(`${year}-${String(m).padStart(2, '0')}`);
    m -= 1;
    if (m === 0) {
      m = 12;
      year -= 1;
    }
  }
  return out;
}

/** As people write it: "11/2026", quarter "IV/2026" (Vietnamese) or "Q4 2026", "2026". */
export function displayPeriod(period: string, language: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    return language === 'en'
      ? `Q${quarter[2]} ${quarter[1]}`
      : `${['I', 'II', 'III', 'IV'][Number(quarter[2]) - 1]}/${quarter[1]}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  return month ? `${month[2]}/${month[1]}` : period;
}
