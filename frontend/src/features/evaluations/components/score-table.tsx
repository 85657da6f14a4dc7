import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { Evaluation } from '../api/types';

const num = (v: number | null | undefined, locale: string) => (v == null ? '–' : formatNumber(v, locale));

/** Both columns side by side (cell and supervisor), with the cell's justifications and the supervisor's comments. */
export function ScoreTable({ evaluation }: { evaluation: Evaluation }) {
  const { t, locale } = useI18n();
  const verified = evaluation.scores.some((s) => s.verifierPoints != null) || evaluation.status === 'VERIFIED';
  return (
    <div className="table-scroll">
      <table className="data-table score-table">
        <thead>
          <tr>
            <th scope="col">{t('eval.col.criterion')}</th>
            <th scope="col">{t('eval.col.max')}</th>
            <th scope="col">{t('eval.col.self')}</th>
            {verified && <th scope="col">{t('eval.col.verifier')}</th>}
          </tr>
        </thead>
        <tbody>
          {evaluation.scores.map((s) => (
            <tr key={s.code} data-code={s.code}>
              <th scope="row">
                <span className="criterion-code">{s.code}</span> {s.name}
                {s.gate && (
                  <span className="badge badge-gate" title={t('eval.gate')}>
                    *
                  </span>
                )}
                {s.autoPoints != null && (
                  <span className="muted small"> · {t('eval.auto', { points: num(s.autoPoints, locale) })}</span>
                )}
                {s.justification && <p className="small">{s.justification}</p>}
                {s.verifierComment && <p className="small verifier-comment">{s.verifierComment}</p>}
              </th>
              <td>{num(s.maxPoints, locale)}</td>
              <td className="self-points">{num(s.selfPoints, locale)}</td>
              {verified && <td className="verifier-points">{num(s.verifierPoints, locale)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
