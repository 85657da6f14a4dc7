import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { Spinner } from '@/components/spinner';
import { useAuth } from '@/lib/auth/auth-context';
import { useMe } from '@/lib/auth/get-me';
import { committeeOf } from '@/lib/auth/permissions';
import { useI18n } from '@/lib/i18n/i18n';
import { useResumeMeetingOutboxes } from '@/features/meetings/offline/use-meeting-outbox';
import { AppShell } from './layout/app-shell';
import { Landing } from './routes/landing';

// Each screen is its own chunk: the first load carries only the shell and the landing page.
const page = <M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M = 'default') =>
  lazy(async () => ({ default: (await load())[name] as ComponentType }));

const OrganizationsRoute = page(() => import('./routes/organizations'));
const OrganizationRoute = page(() => import('./routes/organization'));
const OrganizationMembersRoute = page(() => import('./routes/organization-members'));
const OrganizationDuesRoute = page(() => import('./routes/organization-dues'));
const OrganizationNewRoute = page(() => import('./routes/organization-forms'), 'OrganizationNewRoute');
const OrganizationEditRoute = page(() => import('./routes/organization-forms'), 'OrganizationEditRoute');
const OrganizationMoveRoute = page(() => import('./routes/organization-forms'), 'OrganizationMoveRoute');
const OrganizationCloseRoute = page(() => import('./routes/organization-forms'), 'OrganizationCloseRoute');
const MembersRoute = page(() => import('./routes/members'));
const MemberNewRoute = page(() => import('./routes/member-new'));
const MemberRoute = page(() => import('./routes/member'));
const MemberEditRoute = page(() => import('./routes/member'), 'MemberEditRoute');
const MemberTransferRoute = page(() => import('./routes/member'), 'MemberTransferRoute');
const MemberExemptionRoute = page(() => import('./routes/member'), 'MemberExemptionRoute');
const MemberPositionRoute = page(() => import('./routes/member'), 'MemberPositionRoute');
const ImportsRoute = page(() => import('./routes/imports'));
const LegalReferencesRoute = page(() => import('./routes/legal-references'));
const MeRoute = page(() => import('./routes/me'));
const NoticesRoute = page(() => import('./routes/notices'));
const MeetingsHomeRoute = page(() => import('./routes/meetings-home'));
const MeetingRoute = page(() => import('./routes/meeting'));
const OrganizationMeetingsRoute = page(() => import('./routes/organization-meetings'));
const VerificationsRoute = page(() => import('./routes/verifications'));
const VerificationRoute = page(() => import('./routes/verifications'), 'VerificationRoute');
const OrganizationQualityRoute = page(() => import('./routes/organization-quality'));
const PlanningHomeRoute = page(() => import('./routes/planning'));
const TopicalPlanRoute = page(() => import('./routes/planning'), 'TopicalPlanRoute');
const PlanInboxRoute = page(() => import('./routes/planning'), 'PlanInboxRoute');
const MonthlyScheduleRoute = page(() => import('./routes/planning'), 'MonthlyScheduleRoute');
const ArtefactChecklistRoute = page(() => import('./routes/planning'), 'ArtefactChecklistRoute');
const OrganizationAlertsRoute = page(() => import('./routes/alerts'));
const OrganizationWebhooksRoute = page(() => import('./routes/webhooks'));
const OrganizationPoliciesRoute = page(() => import('./routes/policies'));
const OrganizationAdministrationRoute = page(() => import('./routes/administration'));
const ModelMeetingsRoute = page(() => import('./routes/oversight'));
const SupervisionRoute = page(() => import('./routes/oversight'), 'SupervisionRoute');
const SupervisionReportsRoute = page(() => import('./routes/oversight'), 'SupervisionReportsRoute');
const DashboardRoute = page(() => import('./routes/dashboard'));
const AnnualRatingsRoute = page(() => import('./routes/annual-ratings'));
const PeriodicReportsRoute = page(() => import('./routes/periodic-reports'));
const PeriodicReportRoute = page(() => import('./routes/periodic-reports'), 'PeriodicReportRoute');
const NotFoundRoute = page(() => import('./routes/not-found'));

/** Moves focus to the main region after client-side navigation (screen readers hear the new page). */
function useFocusOnNavigate() {
  const [location] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location]);
}

/**
 * Committee staff land on the dashboard of the committee they work for; everyone else (cell
 * secretaries, members, supervisors) keeps the phone-first meetings home.
 */
function Home() {
  const me = useMe();
  if (me.isPending) return <Spinner />;
  const committee = committeeOf(me.data);
  return <Redirect to={committee ? paths.dashboard.build(committee) : paths.meetingsHome.build()} replace />;
}

export function AppRoutes() {
  const auth = useAuth();
  // Changes the user made offline on a meeting screen are sent after a reload, wherever they go.
  useResumeMeetingOutboxes(auth.status === 'authenticated' ? auth.user?.subject : undefined);
  const { t } = useI18n();
  useFocusOnNavigate();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  return (
    <AppShell>
      {auth.status !== 'authenticated' ? (
        <Landing />
      ) : (
        <Suspense fallback={<Spinner />}>
          <Switch>
            <Route path={paths.home.pattern} component={Home} />
            <Route path={paths.dashboard.pattern} component={DashboardRoute} />
            <Route path={paths.annualRatings.pattern} component={AnnualRatingsRoute} />
            <Route path={paths.periodicReports.pattern} component={PeriodicReportsRoute} />
            <Route path={paths.periodicReport.pattern} component={PeriodicReportRoute} />
            <Route path={paths.organizations.pattern} component={OrganizationsRoute} />
            <Route path={paths.organizationMembers.pattern} component={OrganizationMembersRoute} />
            <Route path={paths.organizationDues.pattern} component={OrganizationDuesRoute} />
            <Route path={paths.organizationMeetings.pattern} component={OrganizationMeetingsRoute} />
            <Route path={paths.organizationQuality.pattern} component={OrganizationQualityRoute} />
            <Route path={paths.planInbox.pattern} component={PlanInboxRoute} />
            <Route path={paths.topicalPlan.pattern} component={TopicalPlanRoute} />
            <Route path={paths.monthlySchedule.pattern} component={MonthlyScheduleRoute} />
            <Route path={paths.artefactChecklist.pattern} component={ArtefactChecklistRoute} />
            <Route path={paths.organizationAlerts.pattern} component={OrganizationAlertsRoute} />
            <Route path={paths.organizationWebhooks.pattern} component={OrganizationWebhooksRoute} />
            <Route path={paths.organizationPolicies.pattern} component={OrganizationPoliciesRoute} />
            <Route path={paths.organizationAdministration.pattern} component={OrganizationAdministrationRoute} />
            <Route path={paths.modelMeetings.pattern} component={ModelMeetingsRoute} />
            <Route path={paths.supervision.pattern} component={SupervisionRoute} />
            <Route path={paths.organizationNew.pattern} component={OrganizationNewRoute} />
            <Route path={paths.organizationEdit.pattern} component={OrganizationEditRoute} />
            <Route path={paths.organizationMove.pattern} component={OrganizationMoveRoute} />
            <Route path={paths.organizationClose.pattern} component={OrganizationCloseRoute} />
            <Route path={paths.organization.pattern} component={OrganizationRoute} />
            <Route path={paths.members.pattern} component={MembersRoute} />
            <Route path={paths.memberNew.pattern} component={MemberNewRoute} />
            <Route path={paths.memberEdit.pattern} component={MemberEditRoute} />
            <Route path={paths.memberTransfer.pattern} component={MemberTransferRoute} />
            <Route path={paths.memberExemption.pattern} component={MemberExemptionRoute} />
            <Route path={paths.memberPosition.pattern} component={MemberPositionRoute} />
            <Route path={paths.member.pattern} component={MemberRoute} />
            <Route path={paths.imports.pattern} component={ImportsRoute} />
            <Route path={paths.legalReferences.pattern} component={LegalReferencesRoute} />
            <Route path={paths.me.pattern} component={MeRoute} />
            <Route path={paths.notices.pattern} component={NoticesRoute} />
            <Route path={paths.meetingsHome.pattern} component={MeetingsHomeRoute} />
            <Route path={paths.meeting.pattern} component={MeetingRoute} />
            <Route path={paths.planning.pattern} component={PlanningHomeRoute} />
            <Route path={paths.supervisionReports.pattern} component={SupervisionReportsRoute} />
            <Route path={paths.verifications.pattern} component={VerificationsRoute} />
            <Route path={paths.verification.pattern} component={VerificationRoute} />
            <Route component={NotFoundRoute} />
          </Switch>
        </Suspense>
      )}
    </AppShell>
  );
}
