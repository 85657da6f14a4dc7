import { expect, login, test } from './support';

test.use({ viewport: { width: 1280, height: 800 } });

test('bad input is shown next to the field it concerns', async ({ page }) => {
  await login(page, 'bithu.an');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đảng viên' }).click();
  await page.getByRole('link', { name: 'Thêm đảng viên' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm đảng viên' })).toBeVisible();

  // An empty name: refused at once, next to the name field.
  await page.getByRole('button', { name: 'Lưu' }).click();
  const name = page.getByLabel('Họ và tên');
  await expect(page.locator('[data-field="fullName"] .field-error')).toHaveText('Họ và tên không được để trống.');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();

  // A birth year the contract forbids: the server's problem+json error lands next to that field,
  // and what was typed stays.
  await name.fill('Hà Văn Thắng');
  await page.getByLabel('Năm sinh').fill('1800');
  await page.getByLabel('Giới tính').selectOption('MALE');
  await page.getByLabel('Ngày vào Đảng').fill('2024-02-03');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.locator('[data-field="birthYear"] .field-error')).toBeVisible();
  await expect(page.getByLabel('Năm sinh')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(name).toHaveValue('Hà Văn Thắng');
  await expect(page.locator('[data-field="fullName"] .field-error')).toHaveCount(0);
});
