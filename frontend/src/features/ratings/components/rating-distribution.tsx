import { useState } from 'react';
import { QueryView } from '@/components/query-view';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useRatingDistribution } from '../api/get-rating-distribution';
import { LEVELS } from '../logic/rating-logic';

const MONTH_RATINGS = ['GOOD', 'FAIR', 'AVERAGE', 'POOR'] as const;

/**
 * "Phân bố theo loại hình chi bộ" (BR-E8): for the upper committee, each cell type of the subtree with its months of
 * regular meetings by monthly rating and its cells by annual level. Shown on demand.
 */
export function RatingDistributionSection({ organizationId, year }: { organizationId: string; year: number }) {
  const { t, locale } = useI18n();
  const [shown, setShown] = useState(false);
  const query = useRatingDistribution(organizationId, year, shown);
  const n = (value: number) => formatNumber(value, locale);
  return (
    <section className="card" aria-label={t('ratings.distribution.title')}>
      <div className="button-row">
        <h2 className="section-title">{t('ratings.distribution.title')}</h2>
        <button type="button" className="btn btn-secondary" aria-expanded={shown} onClick={() => setShown(!shown)}>
          {shown ? t('ratings.distribution.hide') : t('ratings.distribution.show')}
        </button>
      </div>
      {shown && (
        <QueryView query={query}>
          {(data) =>
            data.categories.length === 0 ? (
              <p className="muted">{t('ratings.distribution.empty', { year })}</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="muted">{t('ratings.distribution.caption', { year })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('ratings.distribution.category')}</th>
                      <th scope="col">{t('ratings.distribution.cells')}</th>
                      <th scope="col">{t('ratings.distribution.months')}</th>
                      {MONTH_RATINGS.map((r) => (
                        <th key={r} scope="col">
                          {t(`ratings.distribution.month.${r}`)}
                        </th>
                      ))}
                      <th scope="col">{t('ratings.distribution.notEvaluated')}</th>
                      {LEVELS.map((l) => (
                        <th key={l} scope="col">
                          <abbr title={t(`ratings.levelName.${l}`)}>{l}</abbr>
                        </th>
                      ))}
                      <th scope="col">{t('ratings.distribution.notRated')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.categories.map((c) => (
                      <tr key={c.categoryCode}>
                        <th scope="row">{c.categoryLabel}</th>
                        <td>{n(c.cells)}</td>
                        <td>{n(c.regularMonthsHeld)}</td>
                        {MONTH_RATINGS.map((r) => (
                          <td key={r}>{n(c.monthsByRating[r])}</td>
                        ))}
                        <td>{n(c.monthsNotEvaluated)}</td>
                        {LEVELS.map((l) => (
                          <td key={l}>{n(c.cellsByLevel[l])}</td>
                        ))}
                        <td>{n(c.cellsNotRated)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryView>
      )}
    </section>
  );
}
