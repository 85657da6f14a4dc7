import type { MessageKey } from '@/lib/i18n/vi';
import type { Policy, PolicyCreate } from '../api/policies';

/** How a rule value is edited: a whole number, a switch, a choice, or a month-day (MM-DD). */
export type FieldKind =
  | { type: 'int'; min?: number; max?: number }
  | { type: 'bool' }
  | { type: 'enum'; options: string[] }
  | { type: 'monthDay' };

export interface PolicyField {
  /** Dotted path into the rule set, e.g. "annualTargets.orgExcellentPercent". */
  path: string;
  kind: FieldKind;
}

const int = (min?: number, max?: number): FieldKind => ({ type: 'int', min, max });
const WARN_OR_REFUSE: FieldKind = { type: 'enum', options: ['WARN', 'REFUSE'] };
const MONTH_DAY: FieldKind = { type: 'monthDay' };

/**
 * The values of a rule set a committee sets, in the order the screen shows them (meetings, records, planning,
 * supervision, reports, ratings). Lists (vote rules by decision, the artefact checklist, orientation items) are
 * shown and carried over unchanged; they are edited through the API.
 */
export const POLICY_FIELDS: PolicyField[] = [
  { path: 'attendanceTargetPercent', kind: int(0, 100) },
  { path: 'maxConsecutiveExcusedAbsences', kind: int(0) },
  { path: 'speakingTargetPercent', kind: int(0, 100) },
  { path: 'minDurationMinutes', kind: int(0) },
  { path: 'combinedMinDurationMinutes', kind: int(0) },
  { path: 'largeCellRule.members', kind: int(0) },
  { path: 'largeCellRule.minDurationMinutes', kind: int(0) },
  { path: 'documentLeadDays', kind: int(0) },
  { path: 'maxDocumentBytes', kind: int(1024, 20971520) },
  {
    path: 'voteRule',
    kind: {
      type: 'enum',
      options: ['MAJORITY_OF_ELIGIBLE_PRESENT', 'MAJORITY_OF_VOTES_CAST', 'TWO_THIRDS_OF_ELIGIBLE_PRESENT'],
    },
  },
  { path: 'onlineAttendanceCounts', kind: { type: 'bool' } },
  { path: 'secondRegularInMonth', kind: WARN_OR_REFUSE },
  { path: 'regularMeetingWarnDay', kind: int(1, 31) },
  {
    path: 'meetingRecords.preparerRule',
    kind: { type: 'enum', options: ['SECRETARY_OR_DEPUTY', 'ASSIGNED_BY_SECRETARY'] },
  },
  { path: 'meetingRecords.postPublishDeadlineDays', kind: int(0, 30) },
  { path: 'selfScoreDueDays', kind: int(0) },
  { path: 'verificationDueDays', kind: int(0) },
  { path: 'topicalPerQuarter', kind: int(0) },
  { path: 'topicalPlanDue', kind: MONTH_DAY },
  { path: 'emptyQuarterRule', kind: WARN_OR_REFUSE },
  { path: 'forumsPerYearMin', kind: int(0) },
  { path: 'forumsPerYearMax', kind: int(0) },
  { path: 'forumWarnMonth', kind: int(1, 12) },
  { path: 'modelCellThreshold', kind: int(0) },
  { path: 'modelMeetingsBelowThreshold', kind: int(0) },
  { path: 'modelMeetingsAtOrAboveThreshold', kind: int(0) },
  { path: 'modelMeetingQuarter', kind: int(1, 4) },
  { path: 'monthlyScheduleDueDay', kind: int(1, 31) },
  { path: 'visitsPerCellPerQuarter', kind: int(0) },
  { path: 'supervisorHalfYearReportDue', kind: MONTH_DAY },
  { path: 'supervisorAnnualReportDue', kind: MONTH_DAY },
  { path: 'reportDeadlines.quarterlyDueDays', kind: int(0, 120) },
  { path: 'reportDeadlines.halfYearDue', kind: MONTH_DAY },
  { path: 'reportDeadlines.annualDue', kind: MONTH_DAY },
  { path: 'reportDeadlines.modelMeetingDueDays', kind: int(0, 120) },
  { path: 'removalReviewMonths', kind: int(1, 12) },
  { path: 'excellentQuotaEnabled', kind: { type: 'bool' } },
  { path: 'excellentQuotaPercent', kind: int(0, 100) },
  { path: 'annualTargets.orgGoodOrAbovePercent', kind: int(0, 100) },
  { path: 'annualTargets.orgExcellentPercent', kind: int(0, 100) },
  { path: 'annualTargets.orgNotCompletedMaxPercent', kind: int(0, 100) },
  { path: 'annualTargets.memberGoodOrAbovePercent', kind: int(0, 100) },
  { path: 'annualTargets.memberExcellentMinPercent', kind: int(0, 100) },
  { path: 'annualTargets.memberExcellentMaxPercent', kind: int(0, 100) },
  { path: 'annualTargets.cellsMeetingMonthlyPercent', kind: int(0, 100) },
  { path: 'annualTargets.attendanceAbovePercent', kind: int(0, 100) },
  { path: 'annualTargets.unexcusedAbsencesMax', kind: int(0) },
];

/** The lists a rule set carries that this screen shows but does not edit. */
export const POLICY_LISTS = ['voteRules', 'orientationAgendaItems', 'artefactChecklist'] as const;

export type RuleValue = string | number | boolean | null | undefined;

export function valueAt(policy: object, path: string): RuleValue {
  let node: unknown = policy;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node as RuleValue;
}

/** The fields whose values differ between two rule sets (lists compared as a whole). */
export function differences(a: Policy, b: Policy): string[] {
  const changed = POLICY_FIELDS.map((f) => f.path).filter((p) => valueAt(a, p) !== valueAt(b, p));
  const lists = POLICY_LISTS.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  return [...changed, ...lists];
}

/** What a rule set says, minus what the server adds (who issued it, its label and period, the legal reference). */
const NOT_RULES = [
  'id',
  'issuerOrganizationId',
  'issuerName',
  'label',
  'legalBasis',
  'legalReference',
  'validFrom',
  'validTo',
];

/**
 * A new rule set for the issuer from a day: the values of `base` (the one in force) with the edits made, so
 * everything the screen does not edit is carried over as it is.
 */
export function newRuleSet(
  base: Policy,
  edits: Record<string, RuleValue>,
  issue: { issuerOrganizationId: string; validFrom: string; validTo: string | null; legalBasis: string | null },
): PolicyCreate {
  const rules = structuredClone(base) as Record<string, unknown>;
  for (const key of NOT_RULES) delete rules[key];
  for (const [path, value] of Object.entries(edits)) {
    const parts = path.split('.');
    let node = rules;
    for (const part of parts.slice(0, -1)) {
      node[part] = { ...(node[part] as Record<string, unknown>) };
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]] = value;
  }
  return { ...rules, ...issue } as PolicyCreate;
}

/** The message key of a rule's name (every field and list has one: policy-fields.test.ts checks it). */
export const fieldLabel = (path: string) => `policy.field.${path}` as MessageKey;

/** The message key of a choice's name. */
export const enumLabel = (value: string) => `policy.enum.${value}` as MessageKey;
