import { useParams, useSearchParams } from 'wouter';
import { OrganizationPage } from '@/app/layout/organization-page';
import { DashboardView } from '@/features/dashboard/components/dashboard-view';
import type { DashboardRegime } from '@/features/dashboard/api/types';
import { currentPeriod } from '@/features/dashboard/logic/periods';
import { todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/** The committee dashboard of an organisation: the period and the grid filter live in the address. */
export default function DashboardRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  const [params] = useSearchParams();
  const period = params.get('period') || currentPeriod('month', todayInVietnam());
  const regime = params.get('regime');
  return (
    <OrganizationPage id={id} title={t('dashboard.title')}>
      <DashboardView
        key={id}
        organizationId={id}
        period={period}
        regime={regime === 'MET' || regime === 'NOT_MET' ? (regime as DashboardRegime) : undefined}
      />
    </OrganizationPage>
  );
}
