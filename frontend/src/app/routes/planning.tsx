import { useParams, useSearch } from 'wouter';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader } from '@/components/page-header';
import { OrganizationPage, organizationRefused } from '@/app/layout/organization-page';
import { Spinner } from '@/components/spinner';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { ArtefactChecklistView } from '@/features/planning/components/artefact-checklist';
import { MonthlyScheduleView } from '@/features/planning/components/monthly-schedule';
import { PlanInboxView } from '@/features/planning/components/plan-inbox';
import { PlanningHome } from '@/features/planning/components/planning-home';
import { TopicalPlanScreen } from '@/features/planning/components/topical-plan-screen';
import { isInboxFilter } from '@/features/planning/logic/inbox';
import { useMe } from '@/lib/auth/get-me';
import { canRunMeetings, canWriteOrganizations } from '@/lib/auth/permissions';
import { todayInVietnam } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/** "Kế hoạch & theo dõi": where each of the caller's cells and committees plans and watches. */
export default function PlanningHomeRoute() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('planning.title')} />
      {me.isPending ? (
        <Spinner />
      ) : me.isError ? (
        <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <PlanningHome me={me.data} />
      )}
    </>
  );
}

const queryParam = (search: string, name: string) => new URLSearchParams(search).get(name) ?? '';

/** A cell's topical plan for a year: the secretary's editor, the committee's review. */
export function TopicalPlanRoute() {
  const { t } = useI18n();
  const { id, year } = useParams<{ id: string; year: string }>();
  const me = useMe();
  const org = useOrganization(id);
  const y = Number(year);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) return <ErrorMessage error={new Error(t('plan.badYear'))} />;
  // Someone appointed in the cell itself never decides on its plan (the server refuses too).
  const ownCell = !!me.data?.appointments.some((a) => a.organizationId === id && !a.validTo);
  return (
    <OrganizationPage id={id} title={t('plan.title', { year: y })}>
      {me.isPending || org.isPending ? (
        <Spinner />
      ) : (
        <TopicalPlanScreen
          key={`${id}-${y}`}
          organizationId={id}
          year={y}
          mayEdit={canRunMeetings(me.data) && !org.data?.validTo}
          mayDecide={canWriteOrganizations(me.data) && !ownCell}
        />
      )}
    </OrganizationPage>
  );
}

/** The committee's inbox of its cells' plans. */
export function PlanInboxRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  const search = useSearch();
  const me = useMe();
  const year = Number(queryParam(search, 'year')) || Number(todayInVietnam().slice(0, 4));
  const filter = queryParam(search, 'filter');
  return (
    <OrganizationPage id={id} title={t('inbox.title')}>
      <PlanInboxView
        key={id}
        organizationId={id}
        initialYear={year}
        initialFilter={isInboxFilter(filter) ? filter : 'ALL'}
        mayPush={canWriteOrganizations(me.data)}
      />
    </OrganizationPage>
  );
}

/** The committee's monthly schedule of its cells' meetings. */
export function MonthlyScheduleRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  const search = useSearch();
  const me = useMe();
  const month = /^\d{4}-\d{2}$/.test(queryParam(search, 'month'))
    ? queryParam(search, 'month')
    : todayInVietnam().slice(0, 7);
  const org = useOrganization(id);
  // A supervisor or the committee above opens the schedule sent to them from the notice, without reading the
  // committee itself (BR-P4): the schedule's own read decides, and the schedule names the committee.
  return (
    <OrganizationPage id={id} title={t('monthly.title')} ownReaders>
      <MonthlyScheduleView
        key={id}
        organizationId={id}
        initialMonth={month}
        maySend={canWriteOrganizations(me.data)}
        namesCommittee={organizationRefused(org.error)}
      />
    </OrganizationPage>
  );
}

/** BR-P7: the artefacts checklist of a committee's cells, or of one cell where its secretary ticks them. */
export function ArtefactChecklistRoute() {
  const { t } = useI18n();
  const { id } = useParams<{ id: string }>();
  const search = useSearch();
  const me = useMe();
  const year = Number(queryParam(search, 'year')) || Number(todayInVietnam().slice(0, 4));
  return (
    <OrganizationPage id={id} title={t('artefacts.title')}>
      <ArtefactChecklistView
        key={id}
        organizationId={id}
        initialYear={year}
        mayTick={canRunMeetings(me.data) || canWriteOrganizations(me.data)}
      />
    </OrganizationPage>
  );
}
