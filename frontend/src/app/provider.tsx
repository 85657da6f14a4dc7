import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Router } from 'wouter';
import type { BaseLocationHook, BaseSearchHook } from 'wouter';
import { AuthProvider } from '@/lib/auth/auth-context';
import type { Auth } from '@/lib/auth/auth';
import { I18nProvider } from '@/lib/i18n/i18n';

/** Everything the screens need around them; tests pass a fake auth and a memory location. */
export function AppProviders({
  auth,
  queryClient,
  location,
  children,
}: {
  auth: Auth;
  queryClient: QueryClient;
  location?: { hook: BaseLocationHook; searchHook?: BaseSearchHook };
  children: ReactNode;
}) {
  return (
    <I18nProvider>
      <AuthProvider auth={auth}>
        <QueryClientProvider client={queryClient}>
          <Router hook={location?.hook} searchHook={location?.searchHook}>
            {children}
          </Router>
        </QueryClientProvider>
      </AuthProvider>
    </I18nProvider>
  );
}
