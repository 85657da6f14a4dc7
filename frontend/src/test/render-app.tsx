import { render } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { AppProviders } from '@/app/provider';
import { AppRoutes } from '@/app/router';
import { initApi } from '@/lib/api/client';
import type { Auth, AuthStatus, AuthUser } from '@/lib/auth/auth';
import { getLanguage } from '@/lib/i18n/i18n';
import { createQueryClient } from '@/lib/query-client';
import { commune, meStaff, organizationCategories, organizationTypes, page } from './fixtures';
import { MockApi } from './mock-api';

/** The subject (`sub`) of the default signed-in test user: owner of drafts and queued changes. */
export const TEST_SUBJECT = '0b9f3c2e-5d41-4e8a-9c1a-000000000001';

export function fakeAuth(
  status: AuthStatus = 'authenticated',
  user: AuthUser = { subject: TEST_SUBJECT, username: 'canbo.xa', name: 'Phạm Văn Đức' },
): Auth & { login: ReturnType<typeof vi.fn>; logout: ReturnType<typeof vi.fn> } {
  return {
    status,
    user: status === 'authenticated' ? user : undefined,
    getToken: async () => (status === 'authenticated' ? 'test-token' : undefined),
    login: vi.fn(async () => {}),
    logout: vi.fn(async () => {}),
    subscribe: () => () => {},
  };
}

/** A mock API with what every screen needs: the caller, reference data, the caller's roots. */
export function defaultApi(): MockApi {
  return new MockApi()
    .on('get', '/api/v1/me', () => ({ status: 200, body: meStaff }))
    .on('get', '/api/v1/reference/organization-types', () => ({ status: 200, body: organizationTypes }))
    .on('get', '/api/v1/reference/organization-categories', () => ({ status: 200, body: organizationCategories }))
    .on('get', '/api/v1/organizations', () => ({ status: 200, body: page([commune]) }))
    .on('get', '/api/v1/me/notices/unread-count', () => ({ status: 200, body: { unread: 0 } }));
}

/** Renders the whole app (shell + routes) at `path`, against the mock API. */
export function renderApp(path: string, api: MockApi = defaultApi(), auth: Auth = fakeAuth()) {
  initApi({ baseUrl: api.baseUrl, getToken: () => auth.getToken(), getLanguage, fetch: api.fetch });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const location = memoryLocation({ path, record: true });
  const result = render(
    <AppProviders auth={auth} queryClient={queryClient} location={location}>
      <AppRoutes />
    </AppProviders>,
  );
  return { ...result, api, location, queryClient };
}
