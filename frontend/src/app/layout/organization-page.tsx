import type { ReactNode } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader } from '@/components/page-header';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { organizationCrumbs } from '@/features/organizations/components/organization-detail';
import { useI18n } from '@/lib/i18n/i18n';

/** A screen about one organisation: title, the organisation's name and its place in the tree. */
export function OrganizationPage({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const { t } = useI18n();
  const org = useOrganization(id);
  return (
    <article>
      <PageHeader
        title={title}
        subtitle={org.data && <p className="muted">{org.data.name}</p>}
        crumbs={org.data ? organizationCrumbs(org.data, t('nav.organizations'), true) : []}
        breadcrumbLabel={t('common.breadcrumb')}
      />
      {org.isError ? <ErrorMessage error={org.error} onRetry={() => void org.refetch()} /> : children}
    </article>
  );
}
