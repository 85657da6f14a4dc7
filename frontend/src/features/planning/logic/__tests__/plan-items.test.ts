import {
  blankDraft,
  emptyQuarters,
  firstOpenMonth,
  groupByQuarter,
  isEditable,
  itemErrorsFromServer,
  lastReturn,
  missingForums,
  missingFields,
  quarterEnded,
  quarterOf,
  toInput,
} from '../plan-items';

describe('plan items', () => {
  it('puts months in their quarters at the boundaries', () => {
    expect([1, 3, 4, 6, 7, 9, 10, 12].map(quarterOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('groups items by quarter, every quarter present, months in order', () => {
    const items = [
      { plannedMonth: 11, title: 'd' },
      { plannedMonth: 2, title: 'b' },
      { plannedMonth: 1, title: 'a' },
      { plannedMonth: 2, title: 'c' },
    ];
    const groups = groupByQuarter(items);
    expect(groups.map((g) => g.quarter)).toEqual([1, 2, 3, 4]);
    expect(groups[0].items.map((i) => i.title)).toEqual(['a', 'b', 'c']);
    expect(groups[1].items).toEqual([]);
    expect(groups[3].items.map((i) => i.title)).toEqual(['d']);
  });

  it('finds quarters without a topical session; a forum does not fill a quarter', () => {
    expect(
      emptyQuarters([
        { kind: 'TOPICAL', plannedMonth: 3 },
        { kind: 'FORUM', plannedMonth: 5 },
        { kind: 'TOPICAL', plannedMonth: 9 },
      ]),
    ).toEqual([2, 4]);
    expect(emptyQuarters([])).toEqual([1, 2, 3, 4]);
  });

  it('counts against the policy: two per quarter, and the yearly minimum of forums', () => {
    const items: { kind: 'TOPICAL' | 'FORUM'; plannedMonth: number }[] = [
      { kind: 'TOPICAL', plannedMonth: 1 },
      { kind: 'TOPICAL', plannedMonth: 2 },
      { kind: 'TOPICAL', plannedMonth: 4 },
    ];
    expect(emptyQuarters(items, 2)).toEqual([2, 3, 4]);
    expect(missingForums(items, 1)).toBe(1);
    expect(missingForums([...items, { kind: 'FORUM', plannedMonth: 5 }], 1)).toBe(0);
  });

  it('knows when a quarter is over, including a leap-year February', () => {
    expect(quarterEnded(2028, 1, '2028-03-31')).toBe(false);
    expect(quarterEnded(2028, 1, '2028-04-01')).toBe(true);
    expect(quarterEnded(2027, 4, '2027-12-31')).toBe(false);
    expect(quarterEnded(2027, 4, '2028-01-01')).toBe(true);
  });

  it('offers the current month this year and January for a later year', () => {
    expect(firstOpenMonth(2027, '2026-11-25')).toBe(1);
    expect(firstOpenMonth(2026, '2026-11-25')).toBe(11);
  });

  it('is editable only as a draft or after a return', () => {
    expect(isEditable(undefined)).toBe(true);
    expect(isEditable('DRAFT')).toBe(true);
    expect(isEditable('RETURNED')).toBe(true);
    expect(isEditable('SUBMITTED')).toBe(false);
    expect(isEditable('APPROVED')).toBe(false);
  });

  it('picks the latest return comment', () => {
    expect(
      lastReturn([
        { action: 'RETURN', actor: 'x', at: '2026-01-02T00:00:00Z', comment: 'old' },
        { action: 'SUBMIT', actor: 'y', at: '2026-01-03T00:00:00Z' },
        { action: 'RETURN', actor: 'x', at: '2026-01-04T00:00:00Z', comment: 'new' },
      ])?.comment,
    ).toBe('new');
  });

  it('sends trimmed values, empty optional fields as null, and needs a title and a topic group', () => {
    const d = { ...blankDraft(4), title: '  Học tập  ', purpose: ' ', topicGroupCode: '' };
    expect(missingFields(d)).toEqual(['topicGroupCode']);
    expect(toInput({ ...d, topicGroupCode: 'G1' })).toEqual({
      kind: 'TOPICAL',
      plannedMonth: 4,
      topicGroupCode: 'G1',
      title: 'Học tập',
      purpose: null,
      presenterId: null,
    });
  });

  it('puts server errors on the row they name', () => {
    const rows = [blankDraft(1), blankDraft(2)];
    const { byKey, handled } = itemErrorsFromServer(
      { 'items[1].plannedMonth': 'Quý đã qua', version: 'x', 'items[9].title': 'no row' },
      rows,
    );
    expect(byKey).toEqual({ [rows[1].key]: { plannedMonth: 'Quý đã qua' } });
    expect(handled).toEqual(['items[1].plannedMonth']);
  });
});
