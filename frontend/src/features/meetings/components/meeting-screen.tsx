import { useEffect, useMemo, type ReactNode } from 'react';
import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { useMe } from '@/lib/auth/get-me';
import { canRunMeetings } from '@/lib/auth/permissions';
import { formatDate, vietnamDateTime } from '@/lib/format';
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { useMeeting } from '../api/get-meeting';
import { isLocked } from '../api/types';
import { overlayMeeting } from '../offline/meeting-ops';
import { useMeetingChanges, useMeetingOutbox } from '../offline/use-meeting-outbox';
import { AttendanceStep } from './attendance-step';
import { MeetingBadges } from './meeting-badges';
import { MeetingContext, type MeetingContextValue } from './meeting-context';
import { MinutesStep } from './minutes-step';
import { OutboxStatus } from './outbox-status';
import { OverviewStep } from './overview-step';
import { PreparationStep } from './preparation-step';
import { ResolutionStep } from './resolution-step';
import { SpeakersStep } from './speakers-step';
import { TimesStep } from './times-step';
import { VotesStep } from './votes-step';

export const MEETING_STEPS = [
  'overview',
  'preparation',
  'attendance',
  'speakers',
  'votes',
  'times',
  'resolution',
  'minutes',
  'evaluation',
] as const;
export type MeetingStep = (typeof MEETING_STEPS)[number];

const STEP_LABEL: Record<MeetingStep, MessageKey> = {
  overview: 'meeting.tab.overview',
  preparation: 'meeting.tab.preparation',
  attendance: 'meeting.tab.attendance',
  speakers: 'meeting.tab.speakers',
  votes: 'meeting.tab.votes',
  times: 'meeting.tab.times',
  resolution: 'meeting.tab.resolution',
  minutes: 'meeting.tab.minutes',
  evaluation: 'meeting.tab.evaluation',
};

const STEP_VIEW: Record<Exclude<MeetingStep, 'evaluation'>, () => ReactNode> = {
  overview: () => <OverviewStep />,
  preparation: () => <PreparationStep />,
  attendance: () => <AttendanceStep />,
  speakers: () => <SpeakersStep />,
  votes: () => <VotesStep />,
  times: () => <TimesStep />,
  resolution: () => <ResolutionStep />,
  minutes: () => <MinutesStep />,
};

/**
 * Other names a link may use for a step: notices sent before documents were linked to the preparation step
 * say "documents" (their text is kept as sent).
 */
const STEP_ALIAS: Record<string, MeetingStep> = { documents: 'preparation' };

/** The step a path segment names; an unknown one opens the overview. */
function meetingStep(raw: string | undefined): MeetingStep {
  if ((MEETING_STEPS as readonly string[]).includes(raw ?? '')) return raw as MeetingStep;
  return (raw && STEP_ALIAS[raw]) || 'overview';
}

/** What the app composes into the evaluation step (another feature's screen). */
export type EvaluationSlot = (args: { meetingId: string; held: boolean; mayRun: boolean }) => ReactNode;

/** The secretary's screen for one meeting: every step from the notice to the approved minutes and its evaluation. */
export function MeetingScreen({
  id,
  step: rawStep,
  evaluation,
}: {
  id: string;
  step?: string;
  evaluation?: EvaluationSlot;
}) {
  const { t, locale } = useI18n();
  const query = useMeeting(id);
  const me = useMe();
  const { snapshot } = useMeetingOutbox(id);
  const { enqueue, discardPendingCreate, outbox } = useMeetingChanges(id);
  const step = meetingStep(rawStep);

  // Opening the screen is a good moment to send what an earlier visit left queued.
  useEffect(() => {
    if (outbox.getSnapshot().ops.length > 0) void outbox.retry();
  }, [outbox]);

  // On a phone the steps scroll sideways: keep the current one in view.
  useEffect(() => {
    const el = document.querySelector<HTMLElement>('.step-tabs a[aria-current="page"]');
    const list = el?.closest('ul');
    if (el && list) list.scrollLeft = el.offsetLeft - (list.clientWidth - el.offsetWidth) / 2;
  }, [step, query.isPending]);

  const value = useMemo<MeetingContextValue | null>(() => {
    if (!query.data) return null;
    const { meeting, pending } = overlayMeeting(query.data, snapshot.ops);
    return {
      meeting,
      server: query.data,
      pending,
      editable: canRunMeetings(me.data) && !isLocked(meeting),
      mayRun: canRunMeetings(me.data),
      enqueue,
      discardPendingCreate,
      outbox,
    };
  }, [query.data, snapshot.ops, me.data, enqueue, discardPendingCreate, outbox]);

  if (query.isPending) return <Spinner />;
  if (query.isError || !value) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const m = value.meeting;
  const index = MEETING_STEPS.indexOf(step);
  const nextStep = MEETING_STEPS[index + 1];
  const date = formatDate(vietnamDateTime(m.scheduledStart).date, locale);

  return (
    <MeetingContext.Provider value={value}>
      <article className="meeting-screen">
        <PageHeader
          title={t('meeting.title', { type: t(`meeting.type.${m.type}`), date })}
          crumbs={[{ label: m.organizationName, href: paths.organizationMeetings.build(m.organizationId) }]}
          breadcrumbLabel={t('common.breadcrumb')}
          subtitle={
            <>
              {m.title && <p className="meeting-topic">{m.title}</p>}
              <MeetingBadges meeting={m} />
            </>
          }
        />
        <OutboxStatus meetingId={id} snapshot={snapshot} />
        {/* A meeting kept on the device by an older version has no names of its day. */}
        {m.organizationOnMeetingDay?.name !== undefined && m.organizationOnMeetingDay.name !== m.organizationName && (
          // BR-D1: renamed or moved since the meeting; its records keep the names of its day
          <p className="muted" role="note">
            {t('meeting.namedThen', {
              name: m.organizationOnMeetingDay.name,
              upper: m.organizationOnMeetingDay.upperName ?? '',
            })}
          </p>
        )}
        {m.status === 'APPROVED' && (
          <p className="alert alert-info locked-note" role="note">
            {t('meeting.locked')}
          </p>
        )}
        {m.status === 'CANCELLED' && (
          <p className="alert alert-info" role="note">
            {t('meeting.cancelled')}
          </p>
        )}
        {!canRunMeetings(me.data) && me.data && <p className="muted">{t('meeting.readOnly')}</p>}
        <nav className="step-tabs" aria-label={t('meeting.loadingTabs')}>
          <ul>
            {MEETING_STEPS.map((s) => (
              <li key={s}>
                <Link
                  href={paths.meeting.build(id, s === 'overview' ? undefined : s)}
                  aria-current={s === step ? 'page' : undefined}
                  className={s === step ? 'active' : undefined}
                >
                  {t(STEP_LABEL[s])}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="step-body">
          {step === 'evaluation'
            ? evaluation?.({
                meetingId: id,
                held: m.status === 'HELD' || m.status === 'APPROVED',
                mayRun: value.mayRun,
              })
            : STEP_VIEW[step]()}
        </div>
        {nextStep && (
          <div className="next-step">
            <Link href={paths.meeting.build(id, nextStep)} className="btn btn-secondary btn-block">
              {t('meeting.next', { step: t(STEP_LABEL[nextStep]) })}
            </Link>
          </div>
        )}
      </article>
    </MeetingContext.Provider>
  );
}
