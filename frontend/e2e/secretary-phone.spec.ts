import { expect, login, test } from './support';

test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

test('a cell secretary sees the members of their cell on a phone', async ({ page }) => {
  await login(page, 'bithu.an');

  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Đảng viên' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Chi bộ bản Nà Khoang' })).toBeVisible();
  const heading = page.getByRole('heading', { name: /Danh sách đảng viên/ });
  await expect(heading).toContainText(/\(\d+ đảng viên\)/);
  const rows = page.locator('.members-table tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(0);

  // On a phone each member is a card: the table header is hidden and labels sit in the rows.
  await expect(page.locator('.members-table thead')).toHaveCSS('position', 'absolute');
  await expect(rows.first().locator('td[data-label="Trạng thái"]')).toBeVisible();
  await expect(rows.first().locator('.badge').first()).toHaveText(/Dự bị|Chính thức|Miễn sinh hoạt/);

  // Nothing overflows the 360 px screen, and the main controls are big enough to tap.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const target of [
    nav.getByRole('link', { name: 'Đảng viên' }),
    page.getByRole('searchbox', { name: 'Tìm đảng viên' }),
    rows.first().getByRole('link').first(),
  ]) {
    const box = await target.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }

  // Opening a member works from the card.
  const name = (await rows.first().getByRole('link').first().textContent())!.trim();
  await rows.first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});
