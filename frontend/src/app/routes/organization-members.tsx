import { Link, useParams } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { organizationCrumbs } from '@/features/organizations/components/organization-detail';
import { MemberList } from '@/features/members/components/member-list';
import { useMe } from '@/lib/auth/get-me';
import { canWriteMembers } from '@/lib/auth/permissions';
import { useI18n } from '@/lib/i18n/i18n';

/** Members of one organisation: the organisation's heading (organizations) + the list (members). */
export default function OrganizationMembersRoute() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const org = useOrganization(id);
  const me = useMe();
  if (org.isPending) return <Spinner />;
  if (org.isError) return <ErrorMessage error={org.error} onRetry={() => void org.refetch()} />;
  const o = org.data;
  return (
    <div>
      <PageHeader
        title={o.name}
        crumbs={organizationCrumbs(o, t('nav.organizations'), true)}
        breadcrumbLabel={t('common.breadcrumb')}
        actions={
          o.holdsMeetings && (
            <>
              <Link href={paths.organizationDues.build(o.id)} className="btn">
                {t('dues.open')}
              </Link>
              {canWriteMembers(me.data) && !o.validTo && (
                <Link href={paths.memberNew.build(o.id)} className="btn btn-primary">
                  {t('member.action.new')}
                </Link>
              )}
            </>
          )
        }
      />
      <MemberList key={id} organizationId={id} defaultSubtree={!o.holdsMeetings} />
    </div>
  );
}
