import type { components, operations } from '@/lib/api/schema';

type S = components['schemas'];

export type Meeting = S['Meeting'];
export type MeetingSummary = S['MeetingSummary'];
export type MeetingPage = S['MeetingPage'];
export type MeetingType = S['MeetingType'];
export type MeetingMode = S['MeetingMode'];
export type MeetingStatus = S['MeetingStatus'];
export type MeetingCreate = S['MeetingCreate'];
export type MeetingPatch = S['MeetingPatch'];
export type MeetingChange = S['MeetingChange'];
export type RecurringMeetings = S['RecurringMeetings'];
export type AgendaItem = S['AgendaItem'];
export type AgendaItemInput = S['AgendaItemInput'];
export type AgendaPart = S['AgendaPart'];
export type DocumentKind = S['DocumentKind'];
export type MeetingDocument = S['MeetingDocument'];
export type AttendanceEntry = S['AttendanceEntry'];
export type AttendanceStatus = S['AttendanceStatus'];
export type AttendanceUpdate = S['AttendanceUpdate'];
export type AbsenceReason = S['AbsenceReason'];
export type Guest = S['Guest'];
export type GuestCreate = S['GuestCreate'];
export type Speech = S['Speech'];
export type SpeechCreate = S['SpeechCreate'];
export type Vote = S['Vote'];
export type VoteCreate = S['VoteCreate'];
export type VoteChoice = S['VoteChoice'];
export type Minutes = S['Minutes'];
export type MinutesUpdate = S['MinutesUpdate'];
export type MinutesCorrection = S['MinutesCorrection'];
export type Resolution = S['Resolution'];
export type ResolutionKind = S['ResolutionKind'];
export type ResolutionSection = S['ResolutionSection'];
export type ResolutionUpdate = S['ResolutionUpdate'];
export type Task = S['Task'];
export type TaskPage = S['TaskPage'];
export type UpcomingMeetingPage = S['UpcomingMeetingPage'];
export type TaskCreate = S['TaskCreate'];
export type TaskPatch = S['TaskPatch'];
export type TaskStatus = S['TaskStatus'];
export type AssigneeKind = S['AssigneeKind'];
export type Compliance = S['Compliance'];
export type CalendarFeed = S['CalendarFeed'];
export type CalendarFeedCreate = S['CalendarFeedCreate'];
export type CalendarFeedPage = S['CalendarFeedPage'];
export type MemberSummary = S['MemberSummary'];
export type Warning = S['Warning'];
export type ListMeetingsQuery = NonNullable<operations['listMeetings']['parameters']['query']>;

export const MEETING_TYPES: MeetingType[] = ['REGULAR', 'TOPICAL', 'COMBINED', 'FORUM', 'COMMITTEE', 'EXTRAORDINARY'];
export const MEETING_MODES: MeetingMode[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];
export const AGENDA_PARTS: AgendaPart[] = ['OPENING', 'CONTENT', 'CLOSING'];
/** The step codes of the server's agenda templates (GET /api/v1/agenda-templates), plus OTHER. */
export const AGENDA_KINDS = [
  'OPENING_PURPOSE',
  'MINUTE_TAKER',
  'ATTENDANCE_REPORT',
  'AGENDA_APPROVAL',
  'NEWS',
  'HCM_STUDY',
  'LAST_MONTH_REVIEW',
  'NEXT_MONTH_TASKS',
  'DISCUSSION',
  'TOPIC',
  'TOPIC_DISCUSSION',
  'MEETING_CONTENT',
  'CONCLUSION_VOTE',
  'EVALUATION',
  'MINUTES_APPROVAL',
  'OTHER',
] as const;
export const DOCUMENT_KINDS: DocumentKind[] = ['MATERIAL', 'DRAFT_RESOLUTION', 'TOPIC_REPORT', 'OTHER'];
export const ABSENCE_REASONS: AbsenceReason[] = ['WORK', 'ILLNESS', 'FAMILY', 'TRAVEL', 'OTHER'];
export const TASK_STATUSES: TaskStatus[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'DONE',
  'DONE_BEYOND',
  'LATE',
  'NOT_DONE',
  'RECURRING',
];
export const ASSIGNEE_KINDS: AssigneeKind[] = ['MEMBER', 'COMMITTEE_MEMBER', 'PARTY_GROUP', 'UNIT'];
export const VOTE_CHOICES: VoteChoice[] = ['FOR', 'AGAINST', 'ABSTAIN'];
export type DecisionKind = S['DecisionKind'];
export const DECISION_KINDS: DecisionKind[] = ['ORDINARY', 'ADMISSION', 'FULL_MEMBERSHIP', 'DISCIPLINE'];

/** A meeting that can no longer be changed (minutes approved, or called off). */
export const isLocked = (m: Pick<MeetingSummary, 'status'>) => m.status === 'APPROVED' || m.status === 'CANCELLED';
/** Took part, in the room or online: may speak. */
export const isPresent = (s: AttendanceStatus) => s === 'PRESENT' || s === 'PRESENT_ONLINE';
/** BR-H9, as the server counts: online attendance is present only where the policy counts it. */
export const countsAsPresent = (s: AttendanceStatus, onlineAttendanceCounts: boolean) =>
  s === 'PRESENT' || (s === 'PRESENT_ONLINE' && onlineAttendanceCounts);
/** BR-H10: opinions differ when the chair says so, or the tally shows votes against or abstentions. */
export const opinionsDiffered = (ticked: boolean, against: number, abstain: number) =>
  ticked || against > 0 || abstain > 0;

export const meetingKeys = {
  all: ['meetings'] as const,
  lists: () => [...meetingKeys.all, 'list'] as const,
  list: (organizationId: string, query: ListMeetingsQuery) => [...meetingKeys.lists(), organizationId, query] as const,
  detail: (id: string) => [...meetingKeys.all, 'detail', id] as const,
  minutes: (id: string) => [...meetingKeys.all, 'minutes', id] as const,
  resolution: (id: string) => [...meetingKeys.all, 'resolution', id] as const,
  compliance: (organizationId: string, year: number) =>
    [...meetingKeys.all, 'compliance', organizationId, year] as const,
  cellMembers: (organizationId: string) => [...meetingKeys.all, 'cell-members', organizationId] as const,
  mine: () => [...meetingKeys.all, 'mine'] as const,
  myTasks: () => ['tasks', 'mine'] as const,
  calendarFeeds: () => ['calendar-feeds', 'mine'] as const,
};
