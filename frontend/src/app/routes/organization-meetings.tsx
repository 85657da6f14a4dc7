import { useParams } from 'wouter';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { CellMeetings } from '@/features/meetings/components/cell-meetings';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { organizationCrumbs } from '@/features/organizations/components/organization-detail';
import { useMe } from '@/lib/auth/get-me';
import { canRunMeetings } from '@/lib/auth/permissions';
import { useI18n } from '@/lib/i18n/i18n';

/** "Sinh hoạt" of an organisation: a cell's meetings, or the calendar of the cells below a committee. */
export default function OrganizationMeetingsRoute() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const org = useOrganization(id);
  const me = useMe();
  if (org.isPending) return <Spinner />;
  if (org.isError) return <ErrorMessage error={org.error} onRetry={() => void org.refetch()} />;
  const o = org.data;
  return (
    <article>
      <PageHeader
        title={
          o.holdsMeetings
            ? t('cellMeetings.title', { name: o.name })
            : t('cellMeetings.calendarTitle', { name: o.name })
        }
        crumbs={organizationCrumbs(o, t('nav.organizations'), true)}
        breadcrumbLabel={t('common.breadcrumb')}
      />
      <CellMeetings
        key={id}
        organizationId={id}
        isCell={o.holdsMeetings}
        canSchedule={canRunMeetings(me.data) && !o.validTo}
      />
    </article>
  );
}
