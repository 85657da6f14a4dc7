/**
 * What the app keeps on the device for the signed-in user: form drafts and queued changes
 * (localStorage). On a shared phone one person must never see what another typed, nor send it with
 * their own token, so every key carries the user's subject (the token's `sub`):
 *
 *   chibo.draft.<subject>/<form key>     chibo.outbox.<subject>/<queue name>
 *
 * At sign-in whatever another user left is removed; at sign-out the user's own data is removed.
 */
const DRAFT = 'chibo.draft.';
const OUTBOX = 'chibo.outbox.';
const USER_DATA_PREFIXES = [DRAFT, OUTBOX];

// encodeURIComponent escapes '/', so one user's prefix can never be the start of another's.
const owned = (subject: string) => `${encodeURIComponent(subject)}/`;

export const draftStorageKey = (subject: string, key: string) => DRAFT + owned(subject) + key;
export const outboxStorageKey = (subject: string, name: string) => OUTBOX + owned(subject) + name;

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function removeKeys(storage: Storage | null, shouldRemove: (key: string) => boolean): void {
  if (!storage) return;
  const doomed: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key && shouldRemove(key)) doomed.push(key);
  }
  for (const key of doomed) {
    try {
      storage.removeItem(key);
    } catch {
      /* ignore */
    }
  }
}

const isUserData = (key: string) => USER_DATA_PREFIXES.some((p) => key.startsWith(p));
const belongsTo = (key: string, subject: string) => USER_DATA_PREFIXES.some((p) => key.startsWith(p + owned(subject)));

// Users signed out on this page: a form's pending save must not write their draft back while the
// browser goes to the sign-out page.
const signedOut = new Set<string>();

/** Whether drafts of `subject` may be written (false between their sign-out and next sign-in). */
export const mayStoreFor = (subject: string) => !signedOut.has(subject);

/**
 * At sign-in: drafts and queued changes another user left on this device (or an older version of
 * the app stored without an owner) are removed, never shown or sent.
 */
export function startUserSession(subject: string, storage: Storage | null = safeLocalStorage()): void {
  signedOut.delete(subject);
  removeKeys(storage, (key) => isUserData(key) && !belongsTo(key, subject));
}

/** At sign-out: the user's drafts and queued changes are removed from the device. */
export function endUserSession(subject: string, storage: Storage | null = safeLocalStorage()): void {
  signedOut.add(subject);
  removeKeys(storage, (key) => belongsTo(key, subject));
}
