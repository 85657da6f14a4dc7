import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { useMe } from '@/lib/auth/get-me';
import { formatDate, todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/** "Tôi": who the caller is and which organisations it acts for, in which role, since when. */
export function MeView() {
  const { t, locale } = useI18n();
  const me = useMe();
  if (me.isPending) return <Spinner />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  const m = me.data;
  const today = todayInVietnam();
  return (
    <article>
      <PageHeader title={m.displayName} />
      <section className="card" aria-labelledby="me-account">
        <h2 id="me-account" className="section-title">
          {t('me.account')}
        </h2>
        <dl className="attrs">
          <dt>{t('me.username')}</dt>
          <dd>{m.username}</dd>
          <dt>{t('me.displayName')}</dt>
          <dd>{m.displayName}</dd>
          <dt>{t('me.roles')}</dt>
          <dd>
            {m.roles.length === 0
              ? '—'
              : m.roles.map((r) => (
                  <span key={r} className="badge badge-role">
                    {t(`role.${r}`)}
                  </span>
                ))}
          </dd>
          {m.memberId && (
            <>
              <dt>{t('me.memberRecord')}</dt>
              <dd>
                <Link href={paths.member.build(m.memberId)}>{t('me.openMemberRecord')}</Link>
              </dd>
            </>
          )}
        </dl>
      </section>
      <section className="card" aria-labelledby="me-appointments">
        <h2 id="me-appointments" className="section-title">
          {t('me.appointments')}
        </h2>
        {m.appointments.length === 0 ? (
          <EmptyState title={t('me.noAppointments')} />
        ) : (
          <table className="responsive-table">
            <caption className="visually-hidden">{t('me.appointments')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('me.organization')}</th>
                <th scope="col">{t('me.role')}</th>
                <th scope="col">{t('common.validFrom')}</th>
                <th scope="col">{t('common.validTo')}</th>
              </tr>
            </thead>
            <tbody>
              {m.appointments.map((a) => {
                const ended = !!a.validTo && a.validTo < today;
                return (
                  <tr key={a.id} className={ended ? 'ended' : undefined}>
                    <th scope="row" className="cell-title">
                      <Link href={paths.organization.build(a.organizationId)}>{a.organizationName}</Link>
                    </th>
                    <td data-label={t('me.role')}>{t(`role.${a.role}`)}</td>
                    <td data-label={t('common.validFrom')}>{formatDate(a.validFrom, locale)}</td>
                    <td data-label={t('common.validTo')}>
                      {a.validTo ? formatDate(a.validTo, locale) : t('me.noEnd')}
                      {ended && <span className="badge badge-closed">{t('me.ended')}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
