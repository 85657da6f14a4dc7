import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n/i18n';
import { useMyAlerts } from '../api/list-my-alerts';
import { alertTarget } from '../logic/alert-target';

const SHOWN = 5;

/**
 * The home page's short list of open alerts about the caller's cells and committees; nothing when
 * there are none (or they cannot be read: the home page stays about meetings).
 */
export function MyAlerts() {
  const { t } = useI18n();
  const q = useMyAlerts(SHOWN);
  if (!q.data || q.data.items.length === 0) return null;
  const { items, total } = q.data;
  return (
    <section className="card my-alerts" aria-labelledby="my-alerts-title">
      <h2 id="my-alerts-title" className="section-title">
        {t('alerts.mine', { count: total })}
      </h2>
      <ul className="plain-list">
        {items.map((a) => {
          const target = alertTarget(a);
          return (
            <li key={a.id} data-kind={a.kind}>
              <p>
                <span className={a.severity === 'CRITICAL' ? 'badge badge-danger' : 'badge badge-warn'}>
                  {t(`alerts.kind.${a.kind}`)}
                </span>{' '}
                <strong>{a.organizationName}</strong>
              </p>
              <p className="small">{a.message}</p>
              <p className="small">
                <Link href={target.href}>{t(target.label)}</Link>
                {' · '}
                <Link href={paths.organizationAlerts.build(a.organizationId)}>{t('alerts.seeAll')}</Link>
              </p>
            </li>
          );
        })}
      </ul>
      {total > items.length && <p className="muted small">{t('alerts.more', { count: total - items.length })}</p>}
    </section>
  );
}
