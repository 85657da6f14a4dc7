import { paths } from '@/config/paths';
import type { MessageKey } from '@/lib/i18n/i18n';
import type { Alert } from '../api/types';

/** Where to go to fix what an alert is about (the period starts with the year: 2026, 2026-11, 2026-Q4). */
export function alertTarget(a: Pick<Alert, 'kind' | 'organizationId' | 'period'>): { href: string; label: MessageKey } {
  const id = a.organizationId;
  const year = Number(a.period.slice(0, 4));
  switch (a.kind) {
    case 'TOPICAL_PLAN_LATE':
    case 'TOPICAL_MISSING':
    case 'FORUMS_BELOW_MINIMUM':
      return Number.isInteger(year) && year > 2000
        ? { href: paths.topicalPlan.build(id, year), label: 'alerts.go.plan' }
        : { href: paths.organizationMeetings.build(id), label: 'alerts.go.meetings' };
    case 'MONTHLY_SCHEDULE_LATE':
      return {
        href: paths.monthlySchedule.build(id, /^\d{4}-\d{2}$/.test(a.period) ? a.period : undefined),
        label: 'alerts.go.schedule',
      };
    case 'CELL_NOT_VISITED':
      return { href: paths.organizationMeetings.build(id), label: 'alerts.go.meetings' };
    case 'MODEL_PROGRAMME_INCOMPLETE':
    case 'MODEL_LESSONS_MISSING':
      return { href: paths.modelMeetings.build(id), label: 'alerts.go.model' };
    case 'REPORT_LATE':
    case 'MODEL_REPORT_LATE':
      return { href: paths.periodicReports.build(id), label: 'alerts.go.reports' };
    case 'VERIFICATION_OVERDUE':
      return { href: paths.organizationQuality.build(id), label: 'alerts.go.quality' };
    case 'CELL_WITHOUT_SUPERVISOR':
      return { href: paths.organizationQuality.build(id), label: 'alerts.go.assignments' };
    case 'MEMBER_REMOVAL_REVIEW':
      return { href: paths.organizationDues.build(id), label: 'alerts.go.dues' };
    case 'ARTEFACTS_MISSING':
      return {
        href: paths.artefactChecklist.build(id, Number.isInteger(year) && year > 2000 ? year : undefined),
        label: 'alerts.go.artefacts',
      };
    default:
      return { href: paths.organizationMeetings.build(id), label: 'alerts.go.meetings' };
  }
}
