import ExcelJS from 'exceljs';
import { expect, login, test } from './support';

/**
 * Issue 10: a commune committee member opens the dashboard, takes the cells grid out as a
 * spreadsheet (read back by a spreadsheet library: the rows are the grid's cells) and drills down
 * from the grid to a cell and one of its meetings. Reads the living demo of ../test.sh.
 */
test.use({ viewport: { width: 1280, height: 900 } });

test('commune staff download the cells grid as Excel and drill down to a cell and its meeting', async ({ page }) => {
  await login(page, 'canbo.xa');
  await expect(page).toHaveURL(/\/organizations\/[0-9a-f-]{36}\/dashboard/);
  await page.getByRole('group', { name: 'Xem theo' }).getByRole('link', { name: 'Năm', exact: true }).click();
  await expect(page).toHaveURL(/period=\d{4}(&|$)/);

  const count = page.getByText(/^[1-9]\d* chi bộ$/);
  await expect(count).toBeVisible();
  const cells = Number((await count.textContent())!.replace(/\D/g, ''));
  const grid = page.locator('table.data-table', { has: page.getByRole('columnheader', { name: 'Quá hạn' }) });
  const shown = (await grid.locator('tbody th[scope="row"] a').allTextContents()).map((s) => s.trim());
  expect(shown.length).toBeGreaterThan(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Tải danh sách' }).getByRole('button', { name: 'Tải Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).getCell(1).text).toBe('Chi bộ');
  const names: string[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) names.push(row.getCell(1).text);
  });
  // One row per cell of the grid (every page), the cells on the screen among them.
  expect(names).toHaveLength(cells);
  for (const name of shown) expect(names).toContain(name);
  expect(names).toContain('Chi bộ bản Nà Khoang');

  // Drill down: the cell, then one of its meetings.
  await page.getByLabel('Tìm chi bộ').fill('Nà Khoang');
  await grid.getByRole('link', { name: 'Chi bộ bản Nà Khoang' }).click();
  await expect(page).toHaveURL(/\/organizations\/[0-9a-f-]{36}\/meetings/);
  const meeting = page.locator('a[href^="/meetings/"]').first();
  await expect(meeting).toBeVisible();
  await meeting.click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}/);
  await expect(page.getByText('Chi bộ bản Nà Khoang').first()).toBeVisible();
});
