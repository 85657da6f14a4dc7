import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Auth } from './auth';

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ auth, children }: { auth: Auth; children: ReactNode }) {
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
