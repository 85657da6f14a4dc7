import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { PlanHistoryEntry } from '../api/types';

export function PlanHistory({ history }: { history: PlanHistoryEntry[] }) {
  const { t, locale } = useI18n();
  if (history.length === 0) return null;
  return (
    <section className="card" aria-labelledby="plan-history">
      <h2 id="plan-history" className="section-title">
        {t('plan.history')}
      </h2>
      <ol className="timeline plan-history">
        {history.map((h, i) => (
          <li key={`${h.at}-${i}`}>
            <span className="timeline-date">{formatDateTime(h.at, locale)}</span>
            <span>
              <strong>{t(`plan.action.${h.action}`)}</strong> · {h.actor}
              {h.comment && <span className="pre-wrap block-comment">{h.comment}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
