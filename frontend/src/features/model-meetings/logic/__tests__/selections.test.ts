import { meetingTookPlace, shortfalls, toSelectionInput } from '../selections';

describe('model meeting selections', () => {
  it('below the threshold one cell of either kind is enough', () => {
    const rule = { requiredCount: 1, bothKindsRequired: false };
    expect(shortfalls(rule, [])).toEqual([{ code: 'too-few', missing: 1 }]);
    expect(shortfalls(rule, [{ kind: 'TOPICAL' }])).toEqual([]);
  });

  it('at or above the threshold two cells, one regular and one topical', () => {
    const rule = { requiredCount: 2, bothKindsRequired: true };
    expect(shortfalls(rule, [{ kind: 'REGULAR' }])).toEqual([
      { code: 'too-few', missing: 1 },
      { code: 'kinds', missingKind: 'TOPICAL' },
    ]);
    expect(shortfalls(rule, [{ kind: 'REGULAR' }, { kind: 'REGULAR' }])).toEqual([
      { code: 'kinds', missingKind: 'TOPICAL' },
    ]);
    expect(shortfalls(rule, [{ kind: 'REGULAR' }, { kind: 'TOPICAL' }])).toEqual([]);
  });

  it('writes lessons only after the meeting took place', () => {
    expect(meetingTookPlace({ meetingStatus: 'PLANNED' })).toBe(false);
    expect(meetingTookPlace({ meetingStatus: null })).toBe(false);
    expect(meetingTookPlace({ meetingStatus: 'HELD' })).toBe(true);
    expect(meetingTookPlace({ meetingStatus: 'APPROVED' })).toBe(true);
  });

  it('sends an empty note as null', () => {
    expect(
      toSelectionInput({
        cellId: 'c',
        cellName: 'C',
        kind: 'REGULAR',
        meetingId: null,
        invitees: ['CELL_MEMBERS'],
        inviteeNote: '  ',
      }),
    ).toEqual({ cellId: 'c', kind: 'REGULAR', meetingId: null, invitees: ['CELL_MEMBERS'], inviteeNote: null });
  });
});
