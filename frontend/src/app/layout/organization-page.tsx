import type { ReactNode } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader } from '@/components/page-header';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { organizationCrumbs } from '@/features/organizations/components/organization-detail';
import { ApiError } from '@/lib/api/problem';
import { useI18n } from '@/lib/i18n/i18n';

/** Whether the organisation read was refused (403): the caller may not read the organisation itself. */
export const organizationRefused = (error: unknown) => error instanceof ApiError && error.status === 403;

/**
 * A screen about one organisation: title, the organisation's name and its place in the tree.
 * `ownReaders`: the screen's own endpoint admits people who may not read the organisation (the recipients of a sent
 * monthly schedule); when the organisation read is refused, the screen still shows, without the tree, and names the
 * organisation from its own data.
 */
export function OrganizationPage({
  id,
  title,
  children,
  ownReaders = false,
}: {
  id: string;
  title: string;
  children: ReactNode;
  ownReaders?: boolean;
}) {
  const { t } = useI18n();
  const org = useOrganization(id);
  const blocked = org.isError && !(ownReaders && organizationRefused(org.error));
  return (
    <article>
      <PageHeader
        title={title}
        subtitle={org.data && <p className="muted">{org.data.name}</p>}
        crumbs={org.data ? organizationCrumbs(org.data, t('nav.organizations'), true) : []}
        breadcrumbLabel={t('common.breadcrumb')}
      />
      {blocked ? <ErrorMessage error={org.error} onRetry={() => void org.refetch()} /> : children}
    </article>
  );
}
