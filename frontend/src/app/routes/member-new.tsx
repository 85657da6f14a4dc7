import { useSearchParams } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { CreateMemberForm } from '@/features/members/components/member-form';
import { useI18n } from '@/lib/i18n/i18n';

/** New member; `?organizationId=` preselects the cell the user came from. */
export default function MemberNewRoute() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const organizationId = params.get('organizationId');
  return (
    <section>
      {organizationId ? (
        <WithOrganization id={organizationId} />
      ) : (
        <>
          <PageHeader
            title={t('member.form.createTitle')}
            crumbs={[{ label: t('nav.members'), href: paths.members.build() }]}
            breadcrumbLabel={t('common.breadcrumb')}
          />
          <CreateMemberForm organization={null} />
        </>
      )}
    </section>
  );
}

function WithOrganization({ id }: { id: string }) {
  const { t } = useI18n();
  const org = useOrganization(id);
  if (org.isPending) return <Spinner />;
  if (org.isError) return <ErrorMessage error={org.error} onRetry={() => void org.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('member.form.createTitle')}
        crumbs={[
          { label: t('nav.organizations'), href: paths.organizations.build() },
          { label: org.data.name, href: paths.organizationMembers.build(id) },
        ]}
        breadcrumbLabel={t('common.breadcrumb')}
      />
      <CreateMemberForm key={id} organization={{ id, name: org.data.name }} />
    </>
  );
}
