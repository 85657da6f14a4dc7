import { shiftQuarter, sortCoverage } from '../coverage';

describe('supervision coverage', () => {
  it('moves across year boundaries', () => {
    expect(shiftQuarter(2026, 4, 1)).toEqual({ year: 2027, quarter: 1 });
    expect(shiftQuarter(2027, 1, -1)).toEqual({ year: 2026, quarter: 4 });
    expect(shiftQuarter(2026, 2, 1)).toEqual({ year: 2026, quarter: 3 });
  });

  it('puts cells not covered first', () => {
    const cell = (name: string, visits: number, covered: boolean) => ({
      organizationId: name,
      organizationName: name,
      visits,
      required: 1,
      covered,
      supervisors: [],
      visitors: [],
    });
    expect(
      sortCoverage([cell('B', 2, true), cell('A', 0, false), cell('C', 1, true)]).map((c) => c.organizationName),
    ).toEqual(['A', 'C', 'B']);
  });
});

describe('visit problems', () => {
  it('takes one problem per non-blank line', async () => {
    const { problemLines } = await import('../problems');
    expect(problemLines(' Chưa đủ tài liệu \n\n  Ít ý kiến phát biểu\n ')).toEqual([
      'Chưa đủ tài liệu',
      'Ít ý kiến phát biểu',
    ]);
  });
});
