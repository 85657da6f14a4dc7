import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { MemberList } from '@/features/members/components/member-list';
import { useMe } from '@/lib/auth/get-me';
import { canWriteMembers } from '@/lib/auth/permissions';
import { todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/**
 * "Đảng viên": the members of the organisations the caller acts for. With one organisation (a
 * secretary's cell, a commune's staff) the list is shown right away; with several, a choice.
 */
export default function MembersRoute() {
  const { t } = useI18n();
  const me = useMe();
  if (me.isPending) return <Spinner />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  const today = todayInVietnam();
  const orgs = new Map<string, string>();
  for (const a of me.data.appointments) {
    if (a.validFrom <= today && (!a.validTo || a.validTo >= today)) orgs.set(a.organizationId, a.organizationName);
  }
  if (orgs.size === 0) {
    return (
      <section>
        <PageHeader title={t('nav.members')} />
        <EmptyState title={t('members.noScope')}>
          <Link href={paths.organizations.build()}>{t('members.browseTree')}</Link>
        </EmptyState>
      </section>
    );
  }
  if (orgs.size === 1) {
    const [[id, name]] = [...orgs];
    return (
      <section>
        <PageHeader
          title={name}
          actions={
            <>
              <Link href={paths.organization.build(id)} className="btn btn-secondary">
                {t('members.orgInfo')}
              </Link>
              {canWriteMembers(me.data) && (
                <Link href={paths.memberNew.build(id)} className="btn btn-primary">
                  {t('member.action.new')}
                </Link>
              )}
            </>
          }
        />
        <MemberList key={id} organizationId={id} defaultSubtree />
      </section>
    );
  }
  return (
    <section>
      <PageHeader title={t('nav.members')} />
      <p>{t('members.choose')}</p>
      <ul className="link-list">
        {[...orgs].map(([id, name]) => (
          <li key={id}>
            <Link href={paths.organizationMembers.build(id)}>{name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
