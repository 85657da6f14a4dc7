import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the running stack (SPA, API, Keycloak), started by ../test.sh or
 * ../run.sh. Chromium is Debian's (/usr/bin/chromium): Playwright's own browsers cannot be
 * downloaded here. Every URL can be overridden:
 *   E2E_BASE_URL or PLAYWRIGHT_BASE_URL (SPA, default http://localhost:3000; the API URL comes
 *   from the SPA's config.json), E2E_KEYCLOAK_URL or CHIBO_KEYCLOAK_URL (default
 *   http://localhost:8180), E2E_PASSWORD (default ChiBo@2026), CHIBO_CHROMIUM (browser binary).
 */
const baseURL = process.env.E2E_BASE_URL ?? process.env.PLAYWRIGHT_BASE_URL ?? 'http://localhost:3000';

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHIBO_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic'],
    },
  },
});
