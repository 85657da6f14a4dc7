/** What the app needs from an identity provider; Keycloak in production, a fake in tests. */
export interface AuthUser {
  /** Stable id of the person (the token's `sub`): owner of what is stored on the device. */
  subject: string;
  username: string;
  name?: string;
}

export type AuthStatus = 'authenticated' | 'anonymous' | 'expired';

export interface Auth {
  status: AuthStatus;
  user?: AuthUser;
  /** A valid access token, refreshed first when it is about to expire. */
  getToken(): Promise<string | undefined>;
  /** Redirects to the identity provider's login page and back to `redirectUri` (default: here). */
  login(options?: { locale?: string; redirectUri?: string }): Promise<void>;
  logout(): Promise<void>;
  /** Notified whenever status or user change (token refresh failure, logout). */
  subscribe(listener: () => void): () => void;
}
