import type { components, operations } from '@/lib/api/schema';

type S = components['schemas'];

export type Alert = S['Alert'];
export type AlertKind = S['AlertKind'];
export type AlertSeverity = Alert['severity'];
export type AlertPage = S['AlertPage'];
export type AlertRun = S['AlertRun'];
export type AlertState = NonNullable<NonNullable<operations['listAlerts']['parameters']['query']>['state']>;

export const ALERT_KINDS: AlertKind[] = [
  'REGULAR_NOT_PLANNED',
  'REGULAR_MISSED',
  'TOPICAL_MISSING',
  'TOPICAL_PLAN_LATE',
  'MONTHLY_SCHEDULE_LATE',
  'VERIFICATION_OVERDUE',
  'CELL_NOT_VISITED',
  'MODEL_PROGRAMME_INCOMPLETE',
  'TASKS_OVERDUE',
  'FORUMS_BELOW_MINIMUM',
  'REPORT_LATE',
  'MODEL_REPORT_LATE',
  'CELL_WITHOUT_SUPERVISOR',
  'RECORDS_NOT_PUBLISHED',
  'MEMBER_REMOVAL_REVIEW',
  'ARTEFACTS_MISSING',
  'MODEL_LESSONS_MISSING',
  'MEETING_NOT_SCORED',
];
export const ALERT_STATES: AlertState[] = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'ALL'];

export interface AlertQuery {
  state: AlertState;
  kind?: AlertKind;
  page: number;
  size: number;
}

export const alertKeys = {
  all: ['alerts'] as const,
  list: (orgId: string, q: AlertQuery) => ['alerts', orgId, q] as const,
};
