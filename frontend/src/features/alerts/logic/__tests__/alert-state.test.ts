import { alertStatus, canAcknowledge, matchesState } from '../alert-state';

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
