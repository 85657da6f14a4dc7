import { expect, type APIRequestContext, type Page } from '@playwright/test';

// Specs take `test` and `expect` from here: that `test` fails on Content-Security-Policy violations.
export { expect, test } from './csp-violations';

export const PASSWORD = process.env.E2E_PASSWORD ?? 'ChiBo@2026';
export const KEYCLOAK_URL = process.env.E2E_KEYCLOAK_URL ?? process.env.CHIBO_KEYCLOAK_URL ?? 'http://localhost:8180';
export const REALM = process.env.CHIBO_REALM ?? 'chibo';

/** Signs in through the real Keycloak login page, starting from the SPA's landing page. */
export async function login(page: Page, username: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK_URL));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  // Back in the SPA, signed in: the main navigation is there.
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
}

/** A letters-only suffix that makes names created by one run unique. */
export function uniqueWord(): string {
  const letters = 'bcdghklmnpqrstvx';
  let n = Date.now() + Math.floor(Math.random() * 1000);
  let out = '';
  for (let i = 0; i < 6; i++) {
    out += letters[n % letters.length];
    n = Math.floor(n / letters.length);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Expands tree nodes by name and follows "Xem thêm" until the link is there. */
export async function findInTree(page: Page, name: string) {
  const link = page.getByRole('link', { name, exact: true });
  for (let i = 0; i < 40; i++) {
    if (await link.count()) return link.first();
    const more = page.getByRole('button', { name: /^Xem thêm/ });
    if (await more.count()) {
      await more.first().click();
      await page.waitForTimeout(300);
      continue;
    }
    await page.waitForTimeout(250);
  }
  await expect(link.first()).toBeVisible();
  return link.first();
}

/**
 * An access token for `username` from Keycloak's password grant (client chibo-cli), for specs that
 * prepare data through the API; fails the test if Keycloak refuses.
 */
export async function token(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post(`${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'chibo-cli', username, password: PASSWORD },
  });
  expect(res.ok()).toBeTruthy();
  return ((await res.json()) as { access_token: string }).access_token;
}

/** The SMTP catcher (MailDev 3, REST API under /api) that test.sh / run.sh start. */
export const MAILDEV_URL = process.env.CHIBO_MAILDEV_URL ?? 'http://localhost:1080';

export interface CaughtMail {
  subject: string;
  text: string;
  to: { address: string }[];
  date?: string;
}

/** Waits for an e-mail in the catcher that matches (the sender job runs every few seconds) and returns it. */
export async function caughtMail(
  request: APIRequestContext,
  matches: (mail: CaughtMail) => boolean,
): Promise<CaughtMail> {
  let mail: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const all = (await (await request.get(`${MAILDEV_URL}/api/email`)).json()) as CaughtMail[];
        mail = all.find(matches);
        return mail !== undefined;
      },
      { timeout: 90_000, intervals: [2_000] },
    )
    .toBe(true);
  return mail!;
}
