import { useParams } from 'wouter';
import { OrganizationPage } from '@/app/layout/organization-page';
import { WebhooksView } from '@/features/integration/components/webhooks-view';
import { useI18n } from '@/lib/i18n/i18n';

/** Webhook subscriptions of an organisation's subtree (committee staff and administrators). */
export default function OrganizationWebhooksRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  return (
    <OrganizationPage id={id} title={t('webhooks.title')}>
      <WebhooksView key={id} organizationId={id} />
    </OrganizationPage>
  );
}
