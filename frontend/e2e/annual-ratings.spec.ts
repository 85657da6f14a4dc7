import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { expect, login, test } from './support';

/**
 * Issue 10 §4: commune staff read last year's decided annual ratings, take them out as Excel (read back
 * by a spreadsheet library: one row per decided rating), then take one member's rating of this year
 * through self-assessment, verification and decision. Reads the living demo of ../test.sh, whatever
 * its day: this year's cycle is opened here when the demo has not opened it yet.
 */
test.use({ viewport: { width: 1280, height: 900 } });

const STEPS = [
  { state: 'PENDING', action: 'Tự đánh giá' },
  { state: 'SELF_ASSESSED', action: 'Thẩm định, đề xuất' },
  { state: 'PROPOSED', action: 'Quyết định' },
] as const;

test('commune staff export last year’s decided ratings and decide one of this year', async ({ page }) => {
  await login(page, 'canbo.xa');
  await expect(page).toHaveURL(/\/organizations\/[0-9a-f-]{36}\/dashboard/);
  await page.getByRole('link', { name: 'Xếp loại chất lượng hằng năm' }).click();
  await expect(page).toHaveURL(/\/annual-ratings/);
  const year = Number((await page.getByRole('group', { name: /^Năm \d{4}$/ }).getAttribute('aria-label'))!.slice(4));

  // Last year: every rating decided, and the Excel file holds each of them.
  await page.getByRole('button', { name: 'Năm trước' }).click();
  await expect(page.getByRole('group', { name: `Năm ${year - 1}` })).toBeVisible();
  const all = await ratingCount(page);
  expect(all).toBeGreaterThan(0);
  await page.getByLabel('Bước', { exact: true }).selectOption('DECIDED');
  await expect.poll(() => ratingCount(page)).toBe(all);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Tải danh sách' }).getByRole('button', { name: 'Tải Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  expect(workbook.worksheets[0].rowCount - 1).toBe(all);

  // This year: open the cycle if the demo's calendar has not yet, then walk one member's rating to its decision.
  await page.getByLabel('Bước', { exact: true }).selectOption('');
  await page.getByRole('button', { name: 'Năm sau' }).click();
  await expect(page.getByRole('group', { name: `Năm ${year}` })).toBeVisible();
  const open = page.getByRole('button', { name: `Mở đợt xếp loại năm ${year}` });
  if (await open.isVisible()) await open.click();
  await page.getByLabel('Đối tượng').selectOption('MEMBER');
  let first: number = STEPS.length;
  for (let i = 0; i < STEPS.length && first === STEPS.length; i++) {
    await page.getByLabel('Bước', { exact: true }).selectOption(STEPS[i].state);
    if ((await ratingCount(page)) > 0) first = i;
  }
  expect(first).toBeLessThan(STEPS.length);
  const name = (await page.locator('table.data-table tbody th[scope="row"]').first().innerText()).split('\n')[0];
  await page.getByLabel('Bước', { exact: true }).selectOption('');
  await page.getByLabel('Tìm theo tên').fill(name);
  const row = page.locator('table.data-table tbody tr', { hasText: name }).first();

  for (const step of STEPS.slice(first)) {
    await row.getByRole('button', { name: step.action }).click();
    const panel = page.getByRole('region', { name: step.action });
    if (step.state === 'PENDING') await scoreEveryCriterion(panel);
    await panel.getByLabel('Mức xếp loại').selectOption({ index: 1 });
    await panel.getByRole('button', { name: step.action }).click();
    await expect(panel.getByRole('status')).toContainText('Đã lưu');
    await panel.getByRole('button', { name: 'Đóng' }).click();
  }
  await expect(row).toContainText('Đã quyết định');
});

async function ratingCount(page: Page): Promise<number> {
  const count = page.getByText(/^[\d.]+ bản xếp loại$/);
  await expect(count).toBeVisible();
  await expect(page.locator('.stale')).toHaveCount(0);
  return Number((await count.textContent())!.replace(/\D/g, ''));
}

/** Four fifths of each criterion's weight: a total of 80, in the HTTNV band of QĐ 366. */
async function scoreEveryCriterion(panel: Locator) {
  const criteria = panel.getByLabel(/tối đa [\d,.]+ điểm/);
  await expect(criteria.first()).toBeVisible();
  for (const input of await criteria.all()) {
    const label = await input.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    const max = Number(/tối đa ([\d,.]+) điểm/.exec(label)![1].replace(',', '.'));
    await input.fill(String((max * 4) / 5).replace('.', ','));
  }
}
