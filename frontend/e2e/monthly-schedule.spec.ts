import { caughtMail, expect, login, test, token } from './support';

/**
 * BR-P4 end to end: the commune's staff send the month's schedule; the supervisor of two of its cells (appointed to
 * the cells, not to the commune) gets it by e-mail at the address they sign in with and in the inbox, and opens it.
 */
test.setTimeout(150_000);

/** This month in Viet Nam, as the API names it ("2026-12") and as the notices write it ("12/2026"). */
function thisMonth() {
  const iso = new Date(Date.now() + 7 * 3600_000).toISOString();
  return { api: iso.slice(0, 7), shown: `${iso.slice(5, 7)}/${iso.slice(0, 4)}` };
}

test('staff send the monthly schedule; the supervisor gets the e-mail and opens it from the inbox', async ({
  page,
  request,
}) => {
  const month = thisMonth();
  const config = (await (await request.get('/config.json')).json()) as { apiBaseUrl: string };
  const api = config.apiBaseUrl.replace(/\/$/, '');
  const staff = { Authorization: `Bearer ${await token(request, 'canbo.xa')}` };
  const commune = (
    (await (await request.get(`${api}/api/v1/me`, { headers: staff })).json()) as {
      appointments: { organizationId: string }[];
    }
  ).appointments[0].organizationId;

  // The supervisor has signed in before: the app keeps the address Keycloak gives for their notices.
  await login(page, 'giamsat');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();

  const sentAfter = Date.now();
  await login(page, 'canbo.xa');
  await page.goto(`/organizations/${commune}/monthly-schedule?month=${month.api}`);
  await page.getByRole('button', { name: /^Gửi (lại )?lịch$/ }).click();
  await expect(page.getByText(/Đã gửi lúc .* \(canbo\.xa\)\./)).toBeVisible({ timeout: 20_000 });

  // The e-mail reaches the SMTP catcher at the supervisor's sign-in address (no member record has one).
  const mail = await caughtMail(
    request,
    (m) =>
      m.to.some((t) => t.address === 'giamsat@chibo.example') &&
      m.subject.includes(`lịch sinh hoạt tháng ${month.shown}`) &&
      (!m.date || Date.parse(m.date) >= sentAfter - 60_000),
  );
  expect(mail.text).toContain(`/organizations/${commune}/monthly-schedule?month=${month.api}`);

  // The supervisor opens it from the inbox: the schedule shows, not the commune's "out of scope".
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await login(page, 'giamsat');
  await page.locator('a.notice-bell').click();
  await page.getByRole('button', { name: 'Tất cả' }).click();
  const card = page.locator('li.notice', { hasText: `lịch sinh hoạt tháng ${month.shown}` }).first();
  await expect(card).toBeVisible();
  await card.getByRole('link', { name: 'Xem' }).click();
  await page.waitForURL(new RegExp(`/organizations/${commune}/monthly-schedule\\?month=${month.api}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Lịch sinh hoạt tháng' })).toBeVisible();
  await expect(page.getByText('Đảng bộ xã Bình Lư', { exact: true })).toBeVisible();
  await expect(page.getByText(/Đã gửi lúc .* \(canbo\.xa\)\./)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
