import type { DashboardOverview } from '../api/types';

export type DashboardTarget = DashboardOverview['targets'][number];
export type TargetStatus = 'onTrack' | 'offTrack' | 'noData';

/** Targets about the annual rating: their value comes from the decided ratings of the year. */
export const RATING_TARGETS: readonly DashboardTarget['code'][] = [
  'ORG_GOOD_OR_ABOVE',
  'ORG_EXCELLENT',
  'ORG_NOT_COMPLETED',
  'MEMBER_GOOD_OR_ABOVE',
  'MEMBER_EXCELLENT',
];

/** Whether a target is on track; without data (nothing rated yet) it is neither. */
export function targetStatus(t: DashboardTarget): TargetStatus {
  if (t.onTrack == null || t.value == null) return 'noData';
  return t.onTrack ? 'onTrack' : 'offTrack';
}

/** The unexcused absences target is a count; every other one a percentage. */
export function isCountTarget(t: DashboardTarget): boolean {
  return t.code === 'UNEXCUSED_ABSENCES';
}

/** The target as people write it: "> 80%", "≥ 20%", "≤ 0%", "15–20%", or "≤ 0" for a count. */
export function targetText(t: DashboardTarget, formatNumber: (n: number) => string = String): string {
  const unit = isCountTarget(t) ? '' : '%';
  const n = (v: number) => `${formatNumber(v)}${unit}`;
  switch (t.comparison) {
    case 'ABOVE':
      return `> ${n(t.target)}`;
    case 'AT_LEAST':
      return `≥ ${n(t.target)}`;
    case 'AT_MOST':
      return `≤ ${n(t.target)}`;
    case 'BETWEEN':
      return `${formatNumber(t.target)}–${n(t.targetMax ?? t.target)}`;
  }
}
