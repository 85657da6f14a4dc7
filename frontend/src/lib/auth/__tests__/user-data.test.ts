import { draftStorageKey, endUserSession, mayStoreFor, outboxStorageKey, startUserSession } from '../user-data';

describe('user data on the device', () => {
  it("at sign-in removes other users' and ownerless drafts and queues, keeping the user's own and app settings", () => {
    localStorage.setItem(draftStorageKey('a', 'minutes.1'), 'A');
    localStorage.setItem(outboxStorageKey('a', 'meeting.1'), 'A');
    localStorage.setItem(draftStorageKey('a.b', 'minutes.1'), 'AB'); // not mistaken for user "a"
    localStorage.setItem(draftStorageKey('b', 'minutes.1'), 'B');
    localStorage.setItem('chibo.draft.minutes.1', 'left by an older version');
    localStorage.setItem('chibo.outbox.meeting.1', 'left by an older version');
    localStorage.setItem('chibo.language', 'en');

    startUserSession('b');

    expect(Object.keys(localStorage).sort()).toEqual(['chibo.draft.b/minutes.1', 'chibo.language']);
  });

  it('at sign-out removes only the user’s drafts and queues, and refuses new drafts until the next sign-in', () => {
    localStorage.setItem(draftStorageKey('a', 'minutes.1'), 'A');
    localStorage.setItem(outboxStorageKey('a', 'meeting.1'), 'A');
    localStorage.setItem(draftStorageKey('b', 'minutes.1'), 'B');

    endUserSession('a');

    expect(Object.keys(localStorage)).toEqual([draftStorageKey('b', 'minutes.1')]);
    expect(mayStoreFor('a')).toBe(false);
    expect(mayStoreFor('b')).toBe(true);
    startUserSession('a');
    expect(mayStoreFor('a')).toBe(true);
  });
});
