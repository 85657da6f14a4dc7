import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { networkError } from './problem';

export type ApiClient = Client<paths>;

export interface ApiOptions {
  /** Absolute origin of the API, e.g. http://localhost:8080 (openapi-fetch needs an absolute URL). */
  baseUrl: string;
  /** A fresh access token (refreshed when close to expiry), or undefined when signed out. */
  getToken: () => Promise<string | undefined>;
  /** The UI language, sent as Accept-Language. */
  getLanguage: () => string;
  /** Called when the API answers 401 (the session is gone). */
  onUnauthorized?: () => void;
  fetch?: typeof globalThis.fetch;
}

let client: ApiClient | null = null;

export function createApiClient(options: ApiOptions): ApiClient {
  const c = createClient<paths>({
    baseUrl: options.baseUrl,
    // Resolved at call time so tests can stub the global fetch.
    fetch: (request: Request, init?: RequestInit) => (options.fetch ?? globalThis.fetch)(request, init),
  });
  const auth: Middleware = {
    async onRequest({ request }) {
      const token = await options.getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set('Accept-Language', options.getLanguage());
      if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json, application/problem+json');
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) options.onUnauthorized?.();
      return undefined;
    },
    onError({ error }) {
      return networkError(error);
    },
  };
  c.use(auth);
  return c;
}

export function initApi(options: ApiOptions): ApiClient {
  client = createApiClient(options);
  return client;
}

/** The API client configured at start-up from /config.json. */
export function api(): ApiClient {
  if (!client) throw new Error('API client not initialised (initApi was not called)');
  return client;
}

/**
 * Makes a POST safe to send again (the contract's Idempotency-Key): the server carries it out once and
 * answers a repeat with the first response. A queued change passes its own id, so a change whose answer
 * was lost on a weak connection is not saved twice when the queue sends it again.
 */
export function idempotencyKey(key: string | undefined): { headers?: Record<string, string> } {
  return key ? { headers: { 'Idempotency-Key': key } } : {};
}
