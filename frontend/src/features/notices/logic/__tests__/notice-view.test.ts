import { bellBadge, inAppPath } from '../notice-view';

describe('notice view', () => {
  it('opens a link to the app itself as a route, with its query', () => {
    expect(inAppPath('http://localhost:3000/meetings/abc', 'http://localhost:3000')).toEqual({
      path: '/meetings/abc',
      internal: true,
    });
    expect(
      inAppPath('http://localhost:3000/organizations/x/monthly-schedule?month=2027-03', 'http://localhost:3000/'),
    ).toEqual({ path: '/organizations/x/monthly-schedule?month=2027-03', internal: true });
  });

  it('keeps a link to another address (or a malformed one) as it is', () => {
    expect(inAppPath('https://chibo.example.vn/meetings/abc', 'http://localhost:3000')).toEqual({
      path: 'https://chibo.example.vn/meetings/abc',
      internal: false,
    });
    expect(inAppPath('not a link', 'http://localhost:3000').internal).toBe(false);
  });

  it('shows no badge without unread notices and caps a large count', () => {
    expect(bellBadge(undefined)).toBeNull();
    expect(bellBadge(0)).toBeNull();
    expect(bellBadge(7)).toBe('7');
    expect(bellBadge(99)).toBe('99');
    expect(bellBadge(100)).toBe('99+');
  });
});
