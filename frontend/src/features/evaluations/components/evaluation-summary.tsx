import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { Evaluation } from '../api/types';

/** What the server computed and decided: self result with its reasons, return reason, verification and signature. */
export function EvaluationSummary({ evaluation: e }: { evaluation: Evaluation }) {
  const { t, locale } = useI18n();
  const saved = e.version > 0;
  return (
    <div className="evaluation-summary">
      <p className="muted">
        <span className={`badge eval-status eval-status-${e.status.toLowerCase()}`}>
          {t(`eval.status.${e.status}`)}
        </span>{' '}
        {t('eval.template', { name: e.templateName })}
      </p>
      {e.status === 'RETURNED' && e.returnReason && (
        <p className="alert alert-warning" role="note">
          {t('eval.returned', { reason: e.returnReason })}
        </p>
      )}
      {saved && (
        <div className="alert alert-info self-result" role="status">
          <p className="alert-title">
            {t('eval.saved', { total: formatNumber(e.selfTotal, locale), rating: t(`rating.${e.selfRating}`) })}
          </p>
          {e.selfFailedGates.length > 0 && <p>{t('eval.failedGates', { codes: e.selfFailedGates.join(', ') })}</p>}
          {e.reasons.length > 0 && (
            <ul className="reasons">
              {e.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {(e.status === 'SUBMITTED' || e.status === 'RETURNED') && (
        <p className="muted">
          {t('eval.due', { date: formatDate(e.dueDate, locale) })}{' '}
          {e.overdue && <span className="badge badge-danger">{t('eval.overdue')}</span>}
        </p>
      )}
      {e.status === 'VERIFIED' && e.verifiedTotal != null && e.verifiedRating && (
        <div className="alert alert-success verified-result" role="status">
          <p className="alert-title">
            {t('eval.verified', {
              total: formatNumber(e.verifiedTotal, locale),
              rating: t(`rating.${e.verifiedRating}`),
            })}
          </p>
          {e.verifiedFailedGates.length > 0 && (
            <p>{t('eval.failedGates', { codes: e.verifiedFailedGates.join(', ') })}</p>
          )}
          {e.verifierComment && <p>{t('eval.verifierComment', { comment: e.verifierComment })}</p>}
          <p>{t('eval.signature', { who: e.verifier ?? '?', when: formatDateTime(e.verifiedAt, locale) })}</p>
          {e.contentHash && <p className="hash">{t('eval.hash', { hash: e.contentHash })}</p>}
        </div>
      )}
    </div>
  );
}
