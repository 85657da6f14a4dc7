import { useParams } from 'wouter';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { organizationCrumbs } from '@/features/organizations/components/organization-detail';
import { DuesSheetPanel } from '@/features/members/components/dues-sheet';
import { useMe } from '@/lib/auth/get-me';
import { canWriteMembers } from '@/lib/auth/permissions';
import { useI18n } from '@/lib/i18n/i18n';

/** A cell's party dues: the organisation's heading (organizations) + the month's sheet (members). */
export default function OrganizationDuesRoute() {
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
        title={`${t('dues.title')} — ${o.name}`}
        crumbs={organizationCrumbs(o, t('nav.organizations'), true)}
        breadcrumbLabel={t('common.breadcrumb')}
      />
      <p className="hint">{t('dues.hint')}</p>
      <DuesSheetPanel key={id} organizationId={id} canWrite={canWriteMembers(me.data) && !o.validTo} />
    </div>
  );
}
