import { useParams } from 'wouter';
import { OrganizationPage } from '@/app/layout/organization-page';
import { PageHeader } from '@/components/page-header';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { ReportDetail } from '@/features/reports/components/report-detail';
import { ReportsView } from '@/features/reports/components/reports-view';
import { useI18n } from '@/lib/i18n/i18n';

/** An organisation's periodic reports to the committee above and, for a committee, those of its subordinates. */
export default function PeriodicReportsRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  const org = useOrganization(id);
  return (
    <OrganizationPage id={id} title={t('periodic.title')}>
      {org.data && <ReportsView key={id} organizationId={id} isCommittee={!org.data.holdsMeetings} />}
    </OrganizationPage>
  );
}

/** One periodic report. */
export function PeriodicReportRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  return (
    <article>
      <PageHeader title={t('periodic.title')} crumbs={[]} breadcrumbLabel={t('common.breadcrumb')} />
      <ReportDetail key={id} id={id} />
    </article>
  );
}
