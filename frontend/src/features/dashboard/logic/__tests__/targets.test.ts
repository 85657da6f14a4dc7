import { describe, expect, it } from 'vitest';
import { targetStatus, targetText, type DashboardTarget } from '../targets';

const target = (partial: Partial<DashboardTarget>): DashboardTarget => ({
  code: 'ORG_GOOD_OR_ABOVE',
  comparison: 'ABOVE',
  target: 80,
  value: null,
  count: null,
  basis: 0,
  onTrack: null,
  ...partial,
});

describe('annual targets on the dashboard (BR-S5)', () => {
  it('shows no data, not a failure, before anything is rated', () => {
    expect(targetStatus(target({}))).toBe('noData');
    expect(targetStatus(target({ value: 83.3, onTrack: true }))).toBe('onTrack');
    expect(targetStatus(target({ value: 80, onTrack: false }))).toBe('offTrack');
  });

  it('writes each comparison as people read it', () => {
    expect(targetText(target({}))).toBe('> 80%');
    expect(targetText(target({ comparison: 'AT_LEAST', target: 20 }))).toBe('≥ 20%');
    expect(targetText(target({ comparison: 'AT_MOST', target: 0 }))).toBe('≤ 0%');
    expect(targetText(target({ code: 'MEMBER_EXCELLENT', comparison: 'BETWEEN', target: 15, targetMax: 20 }))).toBe(
      '15–20%',
    );
    expect(targetText(target({ code: 'UNEXCUSED_ABSENCES', comparison: 'AT_MOST', target: 0 }))).toBe('≤ 0');
  });
});
