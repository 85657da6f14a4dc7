import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { Auth } from './auth';
import { startUserSession } from './user-data';

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ auth, children }: { auth: Auth; children: ReactNode }) {
  const status = useSyncExternalStore(
    auth.subscribe,
    () => auth.status,
    () => auth.status,
  );
  const subject = status === 'authenticated' ? auth.user?.subject : undefined;
  // Signed in: what a previous user of this device left (drafts, unsent changes) is removed. The
  // screens only ever read the current user's keys, so nothing of it is shown in the meantime.
  useEffect(() => {
    if (subject) startUserSession(subject);
  }, [subject]);
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

/** The auth adapter, re-rendering when its status changes. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  useSyncExternalStore(
    auth.subscribe,
    () => auth.status,
    () => auth.status,
  );
  return auth;
}
