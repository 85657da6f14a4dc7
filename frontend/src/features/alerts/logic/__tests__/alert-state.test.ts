import { alertStatus, canAcknowledge, matchesState } from '../alert-state';
import { alertTarget } from '../alert-target';

describe('alert state', () => {
  const open = { resolvedAt: null, acknowledgedAt: null };
  const seen = { resolvedAt: null, acknowledgedAt: '2026-11-02T08:00:00+07:00' };
  const fixed = { resolvedAt: '2026-11-03T00:30:00+07:00', acknowledgedAt: '2026-11-02T08:00:00+07:00' };

  it('is open, acknowledged or resolved; resolution wins', () => {
    expect(alertStatus(open)).toBe('OPEN');
    expect(alertStatus(seen)).toBe('ACKNOWLEDGED');
    expect(alertStatus(fixed)).toBe('RESOLVED');
  });

  it('filters like the server: OPEN leaves out acknowledged ones, ALL keeps everything', () => {
    expect([open, seen, fixed].filter((a) => matchesState(a, 'OPEN'))).toEqual([open]);
    expect([open, seen, fixed].filter((a) => matchesState(a, 'ACKNOWLEDGED'))).toEqual([seen]);
    expect([open, seen, fixed].filter((a) => matchesState(a, 'RESOLVED'))).toEqual([fixed]);
    expect([open, seen, fixed].filter((a) => matchesState(a, 'ALL'))).toHaveLength(3);
  });

  it('acknowledges only open alerts', () => {
    expect(canAcknowledge(open)).toBe(true);
    expect(canAcknowledge(seen)).toBe(false);
    expect(canAcknowledge(fixed)).toBe(false);
  });
});

describe('alert target', () => {
  it('leads to the screen that fixes the cause', () => {
    const id = 'o1';
    expect(alertTarget({ kind: 'TOPICAL_PLAN_LATE', organizationId: id, period: '2027' }).href).toBe(
      '/organizations/o1/topical-plans/2027',
    );
    expect(alertTarget({ kind: 'MONTHLY_SCHEDULE_LATE', organizationId: id, period: '2026-12' }).href).toBe(
      '/organizations/o1/monthly-schedule?month=2026-12',
    );
    expect(alertTarget({ kind: 'REGULAR_NOT_PLANNED', organizationId: id, period: '2026-11' }).href).toBe(
      '/organizations/o1/meetings',
    );
    expect(alertTarget({ kind: 'MODEL_PROGRAMME_INCOMPLETE', organizationId: id, period: '2026' }).href).toBe(
      '/organizations/o1/model-meetings',
    );
  });
});
