import { useEffect, useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { loadRuntimeConfig } from '@/config/runtime-config';
import { initApi } from '@/lib/api/client';
import type { Auth } from '@/lib/auth/auth';
import { createKeycloakAuth } from '@/lib/auth/keycloak-auth';
import { getLanguage, translate } from '@/lib/i18n/i18n';
import { createQueryClient } from '@/lib/query-client';
import { AppProviders } from './provider';
import { AppRoutes } from './router';

type Boot =
  { state: 'loading' } | { state: 'ready'; auth: Auth; queryClient: QueryClient } | { state: 'failed'; error: unknown };

/** Loads /config.json, starts the identity provider and the API client, then renders the app. */
export async function bootstrap(): Promise<{ auth: Auth; queryClient: QueryClient }> {
  // Fetch the Keycloak adapter's chunk while /config.json loads.
  void import('keycloak-js').catch(() => undefined);
  const config = await loadRuntimeConfig();
  const auth = await createKeycloakAuth(config);
  const queryClient = createQueryClient();
  initApi({
    baseUrl: config.apiBaseUrl,
    getToken: () => auth.getToken(),
    getLanguage,
  });
  // A signed-out session must not keep showing someone's data.
  auth.subscribe(() => {
    if (auth.status !== 'authenticated') queryClient.clear();
  });
  return { auth, queryClient };
}

let booting: ReturnType<typeof bootstrap> | undefined;
// Once per page load, even when StrictMode runs effects twice (the login callback is single-use).
const bootOnce = () => (booting ??= bootstrap());

export function App() {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  useEffect(() => {
    bootOnce().then(
      (r) => setBoot({ state: 'ready', ...r }),
      (error: unknown) => setBoot({ state: 'failed', error }),
    );
  }, []);
  if (boot.state === 'loading') {
    return (
      <div className="splash" role="status">
        <header className="app-header">
          <span className="brand">{translate(getLanguage(), 'app.name')}</span>
        </header>
        <p className="splash-text">{translate(getLanguage(), 'common.loading')}</p>
      </div>
    );
  }
  if (boot.state === 'failed') {
    const lang = getLanguage();
    return (
      <div className="splash" role="alert">
        <header className="app-header">
          <span className="brand">{translate(lang, 'app.name')}</span>
        </header>
        <div className="alert alert-error">
          <p className="alert-title">{translate(lang, 'boot.failed')}</p>
          <p>{boot.error instanceof Error ? boot.error.message : String(boot.error)}</p>
          <button type="button" className="btn btn-secondary" onClick={() => location.reload()}>
            {translate(lang, 'common.retry')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <AppProviders auth={boot.auth} queryClient={boot.queryClient}>
      <AppRoutes />
    </AppProviders>
  );
}
