import { useParams, useSearchParams } from 'wouter';
import { PageHeader } from '@/components/page-header';
import { OrganizationPage } from '@/app/layout/organization-page';
import { ModelProgrammeView } from '@/features/model-meetings/components/model-programme-view';
import { CoverageView } from '@/features/supervision/components/coverage-view';
import { CommitteeReports, MyReports } from '@/features/supervision/components/reports';
import { TeamsSection } from '@/features/supervision/components/teams-section';
import { useMe } from '@/lib/auth/get-me';
import { canWriteOrganizations } from '@/lib/auth/permissions';
import { todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/** A committee's model meetings for a year. */
export default function ModelMeetingsRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  const me = useMe();
  return (
    <OrganizationPage id={id} title={t('model.title')}>
      <ModelProgrammeView
        key={id}
        organizationId={id}
        initialYear={Number(todayInVietnam().slice(0, 4))}
        mayEdit={canWriteOrganizations(me.data)}
      />
    </OrganizationPage>
  );
}

/** Supervision coverage of a committee's cells per quarter. */
export function SupervisionRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  const me = useMe();
  const [params] = useSearchParams();
  const today = todayInVietnam();
  const covered = params.get('covered');
  return (
    <OrganizationPage id={id} title={t('supervision.title')}>
      <CoverageView
        key={id}
        organizationId={id}
        initial={{ year: Number(today.slice(0, 4)), quarter: Math.ceil(Number(today.slice(5, 7)) / 3) }}
        initialFilter={covered === 'true' ? 'COVERED' : covered === 'false' ? 'NOT_COVERED' : 'ALL'}
      />
      <TeamsSection key={`teams-${id}`} organizationId={id} mayEdit={canWriteOrganizations(me.data)} />
      <CommitteeReports key={`reports-${id}`} committeeId={id} />
    </OrganizationPage>
  );
}

/** A supervisor's half-year and annual reports, drafted from their recorded visits. */
export function SupervisionReportsRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('reports.mine')} />
      <MyReports />
    </>
  );
}
