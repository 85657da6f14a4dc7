import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, login, test, token } from './support';

/**
 * The living demo (issue 17): every demo account signs in and finds something to act on. The backend
 * of ../test.sh loads the demo with its year of history up to today, so these read what the demo
 * wrote and create nothing. Phones for the cell's people, a desktop for the committee staff.
 */
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };

/** Today in Viet Nam as YYYY-MM-DD, shifted by `days`. */
function vietnamDay(days = 0): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** The SPA writes dates as dd/mm/yyyy (vi-VN): back to YYYY-MM-DD. */
function isoOf(shown: string): string {
  const m = /(\d{2})\/(\d{2})\/(\d{4})/.exec(shown);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

/**
 * With CHIBO_SCREENSHOTS=<folder> (e.g. ../docs/screenshots), a phone-size picture (390x844) of what
 * the account found, named after it, for the README's demo tour: the top of the screen, or the part
 * given by `from`. Off by default: the walk checks only.
 */
async function screenshot(page: Page, account: string, from?: Locator) {
  const folder = process.env.CHIBO_SCREENSHOTS;
  if (!folder) return;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  if (from) await from.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  // Let the layout settle at the new width before the picture.
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${folder}/${account}.png`, animations: 'disabled', caret: 'hide' });
}

/** The committee staff's dashboard: figures of the year, and cells with overdue items. */
async function committeeDashboard(page: Page) {
  await expect(page).toHaveURL(/\/organizations\/[0-9a-f-]{36}\/dashboard/);
  await expect(page.getByRole('heading', { level: 2, name: 'Từng chi bộ' })).toBeVisible();
  await page.getByRole('group', { name: 'Xem theo' }).getByRole('link', { name: 'Năm', exact: true }).click();
  await expect(page).toHaveURL(/period=\d{4}(&|$)/);

  const regime = page.getByRole('region', { name: 'Sinh hoạt thường kỳ', exact: true });
  await expect(regime.getByText(/^[1-9][\d.]* chi bộ sinh hoạt đủ các tháng$/)).toBeVisible();
  await expect(regime.getByText(/[1-9][\d.]* buổi thường kỳ đã họp/)).toBeVisible();
  const attendance = page.getByRole('region', { name: 'Tỷ lệ đảng viên dự họp' });
  await expect(attendance.getByText(/^[1-9][\d.]*\/[\d.]+ lượt dự trong [1-9][\d.]* buổi/)).toBeVisible();
  const ratings = page.getByRole('region', { name: 'Xếp loại chất lượng buổi sinh hoạt' });
  await expect(ratings.getByText(/^[1-9][\d.]* buổi đã tự đánh giá, [1-9][\d.]* buổi đã thẩm định$/)).toBeVisible();
  const verifications = page.getByRole('region', { name: 'Chờ thẩm định', exact: true });
  await expect(verifications.getByText(/^[1-9][\d.]* chờ thẩm định, \d+ quá hạn$/)).toBeVisible();

  // Cells with the most overdue items first: the first one has some.
  await page.getByLabel('Sắp xếp').selectOption('-overdueItems');
  // The cells grid is the table with an "overdue" column (the ratings table above it is another).
  const grid = page.locator('table.data-table', { has: page.getByRole('columnheader', { name: 'Quá hạn' }) });
  const first = grid.locator('tbody tr').first();
  await expect(first).toBeVisible();
  await expect(first.locator('td').nth(4)).toHaveText(/^[1-9][\d.]*$/);
}

test.describe('demo accounts on a phone', () => {
  test.use(PHONE);

  test("the secretary sees today's meeting and another one this week", async ({ page }) => {
    await login(page, 'bithu.an');
    await expect(page.getByRole('heading', { level: 1, name: 'Sinh hoạt chi bộ' })).toBeVisible();
    const upcoming = page.getByRole('region', { name: 'Lịch sinh hoạt' });
    const dates = upcoming.locator('.meeting-card-date strong');
    await expect(dates.first()).toBeVisible();
    const days = (await dates.allTextContents()).map(isoOf);
    expect(days).toContain(vietnamDay());
    expect(days.some((d) => d > vietnamDay() && d <= vietnamDay(7))).toBeTruthy();
    await expect(upcoming.getByText('Chi bộ bản Nà Khoang').first()).toBeVisible();
    await screenshot(page, 'bithu.an', upcoming);
  });

  test('the member sees documents to read and a task with a due date', async ({ page }) => {
    await login(page, 'dangvien.an');
    const upcoming = page.getByRole('region', { name: 'Lịch sinh hoạt' });
    await expect(upcoming.locator('.meeting-card').first()).toBeVisible();
    await expect(
      upcoming
        .locator('.upcoming-documents')
        .getByText(/^[1-9]\d* tài liệu$/)
        .first(),
    ).toBeVisible();
    await expect(upcoming.locator('.upcoming-documents button').first()).toBeVisible();

    const tasks = page.getByRole('region', { name: 'Nhiệm vụ của tôi' });
    await expect(tasks.locator('li').first()).toBeVisible();
    await expect(tasks.getByText(/Hạn: \d{2}\/\d{2}\/\d{4}/).first()).toBeVisible();
    await expect(tasks.getByRole('link', { name: 'Theo buổi sinh hoạt' }).first()).toBeVisible();
    await screenshot(page, 'dangvien.an', upcoming);
  });

  test('the supervisor has evaluations waiting for verification', async ({ page }) => {
    await login(page, 'giamsat');
    await nav(page).getByRole('link', { name: 'Thẩm định' }).click();
    const items = page.locator('li.verification-item');
    await expect(items.first()).toBeVisible();
    await expect(items.getByRole('link', { name: 'Thẩm định' }).first()).toBeVisible();
    // The demo leaves one verification past its due date.
    await expect(page.locator('li.verification-item .badge-danger', { hasText: 'Quá hạn' }).first()).toBeVisible();
    await screenshot(page, 'giamsat');
  });
});

test.describe('committee staff on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("the commune's staff land on its dashboard with figures and overdue items", async ({ page }) => {
    await login(page, 'canbo.xa');
    await committeeDashboard(page);
    await expect(page.getByText('Chi bộ bản Nà Khoang').first()).toBeVisible();
    await screenshot(page, 'canbo.xa');
  });

  test("the province's staff land on its dashboard with figures and overdue items", async ({ page }) => {
    await login(page, 'canbo.tinh');
    await committeeDashboard(page);
    await screenshot(page, 'canbo.tinh');
  });
});

interface Page1<T> {
  total: number;
  items: T[];
}

/** Calls the API as `username`; fails the test on an error status. */
async function apiAs(request: APIRequestContext, username: string) {
  const config = (await (await request.get('/config.json')).json()) as { apiBaseUrl: string };
  const base = config.apiBaseUrl.replace(/\/$/, '');
  const headers = { Authorization: `Bearer ${await token(request, username)}` };
  return async <T>(path: string): Promise<T> => {
    const res = await request.get(base + path, { headers });
    expect(res.ok(), `GET ${path}: ${res.status()} ${await res.text()}`).toBeTruthy();
    return (await res.json()) as T;
  };
}

test('the administrator signs in and the audit log holds the demo year', async ({ page, request }) => {
  await login(page, 'admin');
  await expect(nav(page)).toBeVisible();
  await screenshot(page, 'admin');

  // The SPA has no audit screen yet: the log is read through the API, as an integrator would.
  const get = await apiAs(request, 'admin');
  const roots = await get<Page1<{ id: string; name: string }>>('/api/v1/organizations');
  const province = roots.items.find((o) => o.name === 'Đảng bộ tỉnh Lai Châu');
  expect(province, 'the demo province is among the roots').toBeTruthy();
  const log = await get<Page1<{ at: string; actor: string; entityType: string; action: string }>>(
    `/api/v1/audit?organizationId=${province!.id}&size=200`,
  );
  // A year of meetings, each with its own trail: hundreds of entries, some of them months old.
  expect(log.total).toBeGreaterThan(500);
  const last = Math.ceil(log.total / 200) - 1;
  const oldest = await get<Page1<{ at: string; actor: string; entityType: string; action: string }>>(
    `/api/v1/audit?organizationId=${province!.id}&size=200&page=${last}`,
  );
  const monthsAgo = new Date(Date.now() - 180 * 86_400_000).toISOString();
  expect(oldest.items.some((e) => e.at < monthsAgo)).toBeTruthy();
  const entityTypes = new Set([...log.items, ...oldest.items].map((e) => e.entityType));
  expect(entityTypes.size).toBeGreaterThan(1);
});
