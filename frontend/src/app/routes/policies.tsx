import { useParams } from 'wouter';
import { OrganizationPage } from '@/app/layout/organization-page';
import { PoliciesView } from '@/features/policies/components/policies-view';
import { useI18n } from '@/lib/i18n/i18n';

/** The rules an organisation works under, compared across days; committee staff issue a new dated set. */
export default function OrganizationPoliciesRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  return (
    <OrganizationPage id={id} title={t('policy.title')}>
      <PoliciesView key={id} organizationId={id} />
    </OrganizationPage>
  );
}
