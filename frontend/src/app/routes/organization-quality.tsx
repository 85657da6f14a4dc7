import { useParams, useSearchParams } from 'wouter';
import { paths } from '@/config/paths';
import { PageHeader } from '@/components/page-header';
import { QualityView } from '@/features/evaluations/components/quality-view';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { useMe } from '@/lib/auth/get-me';
import { canWriteOrganizations } from '@/lib/auth/permissions';
import { useI18n } from '@/lib/i18n/i18n';

/** Committee staff: meeting quality of an organisation's subtree. */
export default function OrganizationQualityRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  const org = useOrganization(id);
  const me = useMe();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader
        title={t('quality.title')}
        crumbs={org.data ? [{ label: org.data.name, href: paths.organization.build(id) }] : []}
        breadcrumbLabel={t('common.breadcrumb')}
      />
      <QualityView
        key={id}
        organizationId={id}
        mayWrite={canWriteOrganizations(me.data)}
        overdue={params.get('overdue') === 'true'}
      />
    </>
  );
}
