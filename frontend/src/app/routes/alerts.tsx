import { useParams } from 'wouter';
import { OrganizationPage } from '@/app/layout/organization-page';
import { AlertsView } from '@/features/alerts/components/alerts-view';
import { useMe } from '@/lib/auth/get-me';
import { canWriteOrganizations } from '@/lib/auth/permissions';
import { useI18n } from '@/lib/i18n/i18n';

/** Alerts of an organisation and everything below it. */
export default function OrganizationAlertsRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  const me = useMe();
  return (
    <OrganizationPage id={id} title={t('alerts.title')}>
      <AlertsView key={id} organizationId={id} mayRun={canWriteOrganizations(me.data)} />
    </OrganizationPage>
  );
}
