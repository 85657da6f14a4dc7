import { useParams } from 'wouter';
import { OrganizationPage } from '@/app/layout/organization-page';
import { AppointmentsView } from '@/features/administration/components/appointments-view';
import { AuditLogView } from '@/features/administration/components/audit-log-view';
import { useI18n } from '@/lib/i18n/i18n';

/** Appointments and the audit trail of an organisation's subtree (committee staff and administrators). */
export default function OrganizationAdministrationRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  return (
    <OrganizationPage id={id} title={t('admin.title')}>
      <div className="stack" key={id}>
        <AppointmentsView organizationId={id} />
        <AuditLogView organizationId={id} />
      </div>
    </OrganizationPage>
  );
}
