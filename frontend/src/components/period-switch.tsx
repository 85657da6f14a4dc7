import { useI18n } from '@/lib/i18n/i18n';

/** Previous / next year around the year shown. */
export function YearSwitch({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useI18n();
  return (
    <div className="year-switch" role="group" aria-label={t('cellMeetings.year', { year })}>
      <button type="button" className="btn btn-secondary" onClick={() => onChange(year - 1)}>
        {t('cellMeetings.prevYear')}
      </button>
      <strong>{t('cellMeetings.year', { year })}</strong>
      <button type="button" className="btn btn-secondary" onClick={() => onChange(year + 1)}>
        {t('cellMeetings.nextYear')}
      </button>
    </div>
  );
}

/** Adds months to a YYYY-MM month. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
}

/** Previous / next month with a month input between them (YYYY-MM). */
export function MonthSwitch({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="year-switch month-switch" role="group" aria-label={t('period.month')}>
      <button type="button" className="btn btn-secondary" onClick={() => onChange(addMonths(month, -1))}>
        {t('period.prevMonth')}
      </button>
      <input
        type="month"
        aria-label={t('period.month')}
        value={month}
        onChange={(e) => e.target.value && onChange(e.target.value)}
      />
      <button type="button" className="btn btn-secondary" onClick={() => onChange(addMonths(month, 1))}>
        {t('period.nextMonth')}
      </button>
    </div>
  );
}
