import type Keycloak from 'keycloak-js';
import type { RuntimeConfig } from '@/config/runtime-config';
import type { Auth, AuthStatus, AuthUser } from './auth';

/** Seconds of remaining validity under which a token is refreshed before use. */
const MIN_VALIDITY = 30;
const REFRESH_INTERVAL_MS = 60_000;

/**
 * Keycloak via keycloak-js (loaded lazily: it is not part of the first paint).
 * Authorization code flow with PKCE (S256); a silent check-sso in a hidden iframe restores an
 * existing session on reload without leaving the page; tokens stay in memory only.
 */
export async function createKeycloakAuth(config: RuntimeConfig): Promise<Auth> {
  const { default: KeycloakCtor } = await import('keycloak-js');
  const kc: Keycloak = new KeycloakCtor({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  const listeners = new Set<() => void>();
  let status: AuthStatus = 'anonymous';
  let timer: ReturnType<typeof setInterval> | undefined;

  const userFromToken = (): AuthUser | undefined => {
    const t = kc.tokenParsed as { sub?: string; preferred_username?: string; name?: string } | undefined;
    if (!t?.preferred_username) return undefined;
    // `sub` is in every access token unless the client drops the "basic" scope; the username is
    // also unique in the realm, so it is a safe owner key when `sub` is missing.
    return { subject: t.sub ?? `username:${t.preferred_username}`, username: t.preferred_username, name: t.name };
  };
  const notify = () => listeners.forEach((l) => l());
  const expire = () => {
    if (status !== 'authenticated') return;
    status = 'expired';
    if (timer) clearInterval(timer);
    kc.clearToken();
    notify();
  };
  const refresh = async (minValidity: number) => {
    try {
      await kc.updateToken(minValidity);
    } catch {
      expire();
    }
  };

  let authenticated = false;
  try {
    authenticated = await kc.init({
      onLoad: 'check-sso',
      pkceMethod: 'S256',
      responseMode: 'fragment',
      checkLoginIframe: false,
      silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
      messageReceiveTimeout: 5000,
    });
  } catch (e) {
    // Keycloak unreachable or the silent check timed out: the landing page offers a login.
    console.warn('Keycloak init failed', e);
  }
  if (authenticated) {
    status = 'authenticated';
    kc.onTokenExpired = () => void refresh(MIN_VALIDITY);
    timer = setInterval(() => void refresh(REFRESH_INTERVAL_MS / 1000 + MIN_VALIDITY), REFRESH_INTERVAL_MS);
  }

  return {
    get status() {
      return status;
    },
    get user() {
      return status === 'authenticated' ? userFromToken() : undefined;
    },
    async getToken() {
      if (status !== 'authenticated') return undefined;
      await refresh(MIN_VALIDITY);
      return status === 'authenticated' ? kc.token : undefined;
    },
    async login(options) {
      await kc.login({ redirectUri: options?.redirectUri ?? window.location.href, locale: options?.locale });
    },
    async logout() {
      if (timer) clearInterval(timer);
      await kc.logout({ redirectUri: `${window.location.origin}/` });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
