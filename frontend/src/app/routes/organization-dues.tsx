import { useParams } from 'wouter';
import { OrganizationPage } from '@/app/layout/organization-page';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { DuesSheetPanel } from '@/features/members/components/dues-sheet';
import { useMe } from '@/lib/auth/get-me';
import { canWriteMembers } from '@/lib/auth/permissions';
import { useI18n } from '@/lib/i18n/i18n';

/** A cell's party dues: the organisation's page (layout) around the month's sheet (members). */
export default function OrganizationDuesRoute() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const org = useOrganization(id);
  const me = useMe();
  return (
    <OrganizationPage id={id} title={t('dues.title')}>
      <p className="hint">{t('dues.hint')}</p>
      <DuesSheetPanel key={id} organizationId={id} canWrite={canWriteMembers(me.data) && !org.data?.validTo} />
    </OrganizationPage>
  );
}
