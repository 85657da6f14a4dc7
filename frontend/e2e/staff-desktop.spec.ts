import { expect, findInTree, login, test, uniqueWord } from './support';

test.use({ viewport: { width: 1280, height: 800 } });

test('commune staff browses the tree, records a member with diacritics and finds it without them', async ({ page }) => {
  await login(page, 'canbo.xa');

  // The tree starts at the commune the staff member is appointed to.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổ chức đảng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tổ chức đảng' })).toBeVisible();
  const root = page.getByRole('link', { name: 'Đảng bộ xã Bình Lư', exact: true });
  await expect(root).toBeVisible();
  await page.getByRole('button', { name: 'Mở rộng Đảng bộ xã Bình Lư' }).click();
  await expect(page.getByRole('button', { name: 'Thu gọn Đảng bộ xã Bình Lư' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  // Open the cell.
  const cell = await findInTree(page, 'Chi bộ bản Nà Khoang');
  await cell.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chi bộ bản Nà Khoang' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Vị trí trong cây tổ chức' })).toContainText('Đảng bộ xã Bình Lư');

  // Record a member whose name needs Vietnamese diacritics.
  const suffix = uniqueWord();
  const fullName = `Lường Thị Ngọc Ánh ${suffix}`;
  await page.getByRole('link', { name: 'Thêm đảng viên' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm đảng viên' })).toBeVisible();
  await expect(page.locator('.picker-value')).toHaveText('Chi bộ bản Nà Khoang');
  await page.getByLabel('Họ và tên').fill(fullName);
  await page.getByLabel('Năm sinh').fill('1996');
  await page.getByLabel('Giới tính').selectOption('FEMALE');
  await page.getByLabel('Ngày vào Đảng').fill('2025-05-19');
  await page.getByRole('button', { name: 'Lưu' }).click();

  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  await expect(page.locator('.badge.status-probationary').first()).toHaveText('Dự bị');

  // Back to the cell's member list and search without diacritics.
  await page
    .getByRole('navigation', { name: 'Vị trí trong cây tổ chức' })
    .getByRole('link', { name: 'Chi bộ bản Nà Khoang' })
    .click();
  await expect(page.getByRole('heading', { name: /Danh sách đảng viên/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Tìm đảng viên' }).fill(`luong thi ngoc anh ${suffix.toLowerCase()}`);
  const row = page.getByRole('link', { name: fullName, exact: true });
  await expect(row).toBeVisible();
  await expect(page.locator('.members-table tbody tr')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: /Danh sách đảng viên/ })).toContainText('1 đảng viên');
});

test('commune staff read the rules in force and compare them with an earlier day', async ({ page }) => {
  await login(page, 'canbo.xa');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổ chức đảng' }).click();
  await page.getByRole('link', { name: 'Đảng bộ xã Bình Lư', exact: true }).click();
  await page.getByRole('link', { name: 'Quy định áp dụng (ngưỡng, hạn, chỉ tiêu)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Quy định áp dụng/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Đang áp dụng:/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Thời lượng sinh hoạt tối thiểu/ })).toBeVisible();
  // 2020 was under HD 12 (2012); the demo's rules of today follow HD 42 (2025): some values differ
  await page.getByLabel('So sánh với ngày').fill('2020-06-01');
  await expect(page.getByText(/Khác nhau ở \d+ quy định so với ngày 01\/06\/2020/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ban hành bộ quy định mới' })).toBeVisible();
});

test('commune staff see who is appointed at the commune and the audit log of its subtree', async ({ page }) => {
  await login(page, 'canbo.xa');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổ chức đảng' }).click();
  await page.getByRole('link', { name: 'Đảng bộ xã Bình Lư', exact: true }).click();
  await page.getByRole('link', { name: 'Phân công vai trò và nhật ký thay đổi' }).click();
  const appointments = page.locator('section', { has: page.getByRole('heading', { name: 'Phân công vai trò' }) });
  await expect(appointments.getByRole('row', { name: /canbo\.xa/ })).toContainText('Cán bộ văn phòng cấp ủy');
  await expect(page.getByRole('heading', { name: 'Nhật ký thay đổi' })).toBeVisible();
});
