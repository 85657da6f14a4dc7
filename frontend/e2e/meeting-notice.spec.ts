import { caughtMail, expect, login, test, uniqueWord } from './support';

/**
 * BR-M3 end to end: the secretary schedules a meeting and sends its notice; the member finds the e-mail in the
 * SMTP catcher (MailDev 3, REST API under /api, started by test.sh / run.sh) and the notice in their inbox in the app, with its link.
 */
test.setTimeout(150_000);

/** Viet Nam date and time `days` days from now. */
function vietnamIn(days: number) {
  const iso = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString();
  return { date: iso.slice(0, 10), time: '19:30' };
}

test('a secretary sends a meeting notice; the member gets the e-mail and finds it in the app', async ({
  page,
  request,
}) => {
  const place = `Nhà văn hóa bản ${uniqueWord()}`;
  await login(page, 'bithu.an');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Sinh hoạt' }).click();
  await page.getByRole('link', { name: /Lịch và sổ sinh hoạt của Chi bộ bản Nà Khoang/ }).click();

  const start = vietnamIn(3);
  await page.getByRole('button', { name: 'Lên lịch sinh hoạt' }).click();
  // Not a regular meeting: the month may already have one, and this test is about the notice.
  await page.getByLabel('Loại sinh hoạt').selectOption('EXTRAORDINARY');
  await page.getByRole('textbox', { name: 'Ngày', exact: true }).fill(start.date);
  await page.getByRole('textbox', { name: 'Giờ bắt đầu', exact: true }).fill(start.time);
  await page.getByLabel('Địa điểm').fill(place);
  await page.getByRole('button', { name: 'Lên lịch', exact: true }).click();
  await page.waitForURL(/\/meetings\/[0-9a-f-]{36}/);
  const meetingId = /\/meetings\/([0-9a-f-]{36})/.exec(page.url())![1];

  await page.getByRole('button', { name: 'Gửi thông báo' }).click();
  await expect(page.getByText('✓ Đã lưu tất cả')).toBeVisible({ timeout: 20_000 });

  // The e-mail reaches the SMTP catcher (the sender job runs every few seconds in test.sh).
  const [day, month, year] = [start.date.slice(8, 10), start.date.slice(5, 7), start.date.slice(0, 4)];
  const mail = await caughtMail(
    request,
    (m) => m.to.some((t) => t.address === 'dangvien_an@chibo.example') && m.text.includes(place),
  );
  expect(mail.subject).toContain('Chi bộ bản Nà Khoang');
  expect(mail.text).toContain(`19:30 ngày ${day}/${month}/${year}`);
  expect(mail.text).toContain(`/meetings/${meetingId}`);

  // The member signs in, sees the bell's count, and opens the notice in the inbox.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await login(page, 'dangvien.an');
  await expect(page.getByTestId('notice-unread')).toBeVisible();
  await page.locator('a.notice-bell').click();
  const card = page.locator('li.notice', { hasText: place });
  await expect(card).toBeVisible();
  await expect(card).toContainText(`${day}/${month}/${year}`);
  await card.getByRole('link', { name: 'Xem' }).click();
  await page.waitForURL(new RegExp(`/meetings/${meetingId}`));
});
