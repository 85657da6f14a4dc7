import { shiftQuarter } from '../coverage';
import { problemLines } from '../problems';
import { usernames } from '../usernames';

describe('supervision coverage', () => {
  it('moves across year boundaries', () => {
    expect(shiftQuarter(2026, 4, 1)).toEqual({ year: 2027, quarter: 1 });
    expect(shiftQuarter(2027, 1, -1)).toEqual({ year: 2026, quarter: 4 });
    expect(shiftQuarter(2026, 2, 1)).toEqual({ year: 2026, quarter: 3 });
  });
});

describe('visit problems', () => {
  it('takes one problem per non-blank line', () => {
    expect(problemLines(' Chưa đủ tài liệu \n\n  Ít ý kiến phát biểu\n ')).toEqual([
      'Chưa đủ tài liệu',
      'Ít ý kiến phát biểu',
    ]);
  });
});

describe('team members typed as text', () => {
  it('splits on commas, spaces and lines, without duplicates', () => {
    expect(usernames(' giamsat, canbo.xa\n giamsat ;  bithu.an ')).toEqual(['giamsat', 'canbo.xa', 'bithu.an']);
  });
});
