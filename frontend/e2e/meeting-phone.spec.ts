import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, KEYCLOAK_URL, login, PASSWORD, test, uniqueWord } from './support';

/**
 * The secretary runs a whole meeting on a phone, from attendance to approved minutes; the PDF of
 * the minutes is checked for its Vietnamese text; the member given a task then sees it.
 */
test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
test.setTimeout(150_000);

const REALM = process.env.CHIBO_REALM ?? 'chibo';

async function apiUrl(page: Page): Promise<string> {
  const config = (await (await page.request.get('/config.json')).json()) as { apiBaseUrl: string };
  return config.apiBaseUrl.replace(/\/$/, '');
}

/** The member record of a login, asked as that user (password grant on the demo CLI client). */
async function memberOf(request: APIRequestContext, api: string, username: string) {
  const token = await request.post(`${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'chibo-cli', username, password: PASSWORD },
  });
  expect(token.ok()).toBeTruthy();
  const { access_token } = (await token.json()) as { access_token: string };
  const me = await request.get(`${api}/api/v1/me`, { headers: { Authorization: `Bearer ${access_token}` } });
  return (await me.json()) as { displayName: string; memberId: string | null };
}

/** Viet Nam date and time, `minutesAgo` minutes before now. */
function vietnamNow(minutesAgo: number) {
  const d = new Date(Date.now() + 7 * 3600_000 - minutesAgo * 60_000);
  const iso = d.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const standardFontDataUrl = fileURLToPath(new URL('../node_modules/pdfjs-dist/standard_fonts/', import.meta.url));
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, standardFontDataUrl })
    .promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ') + '\n';
  }
  return text.normalize('NFC');
}

const saved = (page: Page) => expect(page.getByText('✓ Đã lưu tất cả')).toBeVisible({ timeout: 20_000 });
const step = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Các bước của buổi sinh hoạt' })
    .getByRole('link', { name, exact: true })
    .click();

test('a secretary runs a meeting on a phone; the member given a task sees it', async ({ page, request }) => {
  const api = await apiUrl(page);
  const assignee = await memberOf(request, api, 'dangvien.an');
  expect(assignee.memberId).toBeTruthy();

  // Every API call of the page carries the secretary's token: keep the last one.
  let bearer = '';
  page.on('request', (r) => {
    const h = r.headers()['authorization'];
    if (h?.startsWith('Bearer ') && r.url().startsWith(api)) bearer = h;
  });

  await login(page, 'bithu.an');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.getByRole('link', { name: 'Sinh hoạt' }).click();
  await page.getByRole('link', { name: /Lịch và sổ sinh hoạt của Chi bộ bản Nà Khoang/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Sinh hoạt: Chi bộ bản Nà Khoang/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Sinh hoạt thường kỳ theo tháng' })).toBeVisible();

  // Schedule today's meeting, started two hours ago (a second regular meeting this month may be
  // refused by the policy: then an extraordinary one).
  const start = vietnamNow(120);
  await page.getByRole('button', { name: 'Lên lịch sinh hoạt' }).click();
  await page.getByRole('textbox', { name: 'Ngày', exact: true }).fill(start.date);
  await page.getByRole('textbox', { name: 'Giờ bắt đầu', exact: true }).fill(start.time);
  await page.getByLabel('Địa điểm').fill('Nhà văn hóa bản Nà Khoang');
  await page.getByLabel('Thời lượng dự kiến (phút)').fill('120');
  // The chair and the minute-taker (the minutes cannot be approved without them).
  const chair = page.getByLabel('Chủ trì');
  await expect(chair.locator('option').nth(2)).toBeAttached();
  await chair.selectOption({ index: 1 });
  await page.getByLabel('Thư ký (ghi biên bản)').selectOption({ index: 2 });
  await page.getByRole('button', { name: 'Lên lịch', exact: true }).click();
  const scheduled = await Promise.race([
    page.waitForURL(/\/meetings\/[0-9a-f-]{36}/).then(() => true),
    page
      .getByRole('alert')
      .waitFor()
      .then(() => false),
  ]);
  if (!scheduled) {
    await page.getByLabel('Loại sinh hoạt').selectOption('EXTRAORDINARY');
    await page.getByRole('button', { name: 'Lên lịch', exact: true }).click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}/);
  }
  const meetingId = /\/meetings\/([0-9a-f-]{36})/.exec(page.url())![1];

  // Attendance: one tap per member; the first is absent with a reason.
  await step(page, 'Điểm danh');
  const rows = page.locator('.attendance-row');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(1);
  const first = rows.first();
  const absentName = (await first.locator('.attendance-name').textContent())!.trim();
  await first.getByRole('button', { name: `Vắng: ${absentName}` }).click();
  await first.getByText('Công tác', { exact: true }).click();
  await first.getByRole('button', { name: 'Vắng có lý do' }).click();
  for (let i = 1; i < count; i++) {
    const row = rows.nth(i);
    const name = (await row.locator('.attendance-name').textContent())!.trim();
    const present = row.getByRole('button', { name: `Có mặt: ${name}`, exact: true });
    const box = await present.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await present.click();
    await expect(present).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(page.getByText(`Có mặt ${count - 1}/${count}`)).toBeVisible();
  await saved(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  // Two speakers.
  await step(page, 'Phát biểu');
  const speakerNames: string[] = [];
  for (const summary of ['Đề nghị đẩy nhanh việc làm đường vào bản.', 'Nhất trí với báo cáo của chi ủy.']) {
    const select = page.getByLabel('Người phát biểu');
    const options = select.locator('optgroup').first().locator('option');
    const name = (await options.nth(speakerNames.length).textContent())!.trim();
    speakerNames.push(name);
    await select.selectOption({ label: name });
    await page.getByLabel('Tóm tắt ý kiến').fill(summary);
    await page.getByRole('button', { name: 'Ghi phát biểu' }).click();
    await expect(page.getByText(summary)).toBeVisible();
  }
  await saved(page);
  await expect(page.getByRole('heading', { name: /Ý kiến phát biểu/ })).toContainText('(2)');

  // A vote by counts: everyone eligible for.
  await step(page, 'Biểu quyết');
  await page.getByLabel('Nội dung biểu quyết').fill('Thông qua nghị quyết lãnh đạo thực hiện nhiệm vụ tháng tới');
  await page.getByRole('button', { name: 'Ghi kết quả biểu quyết' }).click();
  await expect(page.locator('.vote-result').first()).toContainText('Thông qua');
  await saved(page);

  // Times: at least 90 minutes.
  await step(page, 'Thời gian');
  const end = vietnamNow(10);
  await page.getByRole('textbox', { name: 'Bắt đầu', exact: true }).fill(`${start.date}T${start.time}`);
  await page.getByRole('textbox', { name: 'Kết thúc', exact: true }).fill(`${end.date}T${end.time}`);
  await page.getByRole('button', { name: /Ghi thời gian/ }).click();
  await expect(page.getByText(/Đã ghi:/)).toBeVisible({ timeout: 20_000 });
  await saved(page);

  // The resolution and two tasks, one for the member behind the login dangvien.an.
  await step(page, 'Nghị quyết');
  await page.getByLabel('Số (ví dụ 05-NQ/CB)').fill('01-NQ/CB');
  await page.getByLabel('Trích yếu').fill('Lãnh đạo thực hiện nhiệm vụ tháng tới');
  await page.getByLabel(/Phần 1: Tiêu đề phần/).fill('Nhiệm vụ tháng tới');
  await page
    .getByLabel('Nội dung', { exact: true })
    .first()
    .fill('Vận động nhân dân tham gia làm đường giao thông nông thôn.');
  await page.getByRole('button', { name: 'Lưu nghị quyết' }).click();
  await saved(page);
  const taskTitle = `Vận động 10 hộ tham gia làm đường, đợt ${uniqueWord()}`;
  await page.getByRole('textbox', { name: 'Nhiệm vụ', exact: true }).fill(taskTitle);
  await page.getByLabel('Người được giao').selectOption(assignee.memberId!);
  await page.getByLabel('Hạn hoàn thành').fill(vietnamNow(-30 * 24 * 60).date);
  await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  await expect(page.getByText(taskTitle)).toBeVisible();
  await page.getByRole('textbox', { name: 'Nhiệm vụ', exact: true }).fill('Chi hội phụ nữ tổ chức vệ sinh môi trường');
  await page.getByLabel('Giao cho').selectOption('UNIT');
  await page.getByLabel('Tên tổ đảng / đơn vị').fill('Chi hội Phụ nữ bản Nà Khoang');
  await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  await saved(page);
  await expect(page.getByRole('heading', { name: /Nhiệm vụ giao/ })).toContainText('(2)');

  // Minutes: the minute-taker's text, then approval; everything is locked.
  await step(page, 'Biên bản');
  await page.getByLabel('Diễn biến buổi sinh hoạt (thư ký ghi)').fill('Đồng chí Bí thư chi bộ khai mạc và điều hành.');
  await page.getByLabel('Kết luận của chủ trì').fill('Chi bộ thống nhất các nhiệm vụ tháng tới.');
  await page.getByRole('button', { name: 'Thông qua biên bản' }).click();
  await page.getByRole('button', { name: 'Thông qua và khóa' }).click();
  await expect(page.getByText(/Biên bản đã được thông qua lúc/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/buổi sinh hoạt đã khóa/)).toBeVisible();
  await expect(page.getByText(/Máy chủ không nhận/)).toHaveCount(0);
  await expect(page.locator('.assembled')).toContainText('BIÊN BẢN');

  // The minutes as PDF, fetched from the API with the page's token.
  expect(bearer).not.toBe('');
  const pdf = await request.get(`${api}/api/v1/meetings/${meetingId}/minutes.pdf`, {
    headers: { Authorization: bearer, Accept: 'application/pdf' },
  });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const text = await pdfText(await pdf.body());
  expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(text).toContain('BIÊN BẢN');
  const stored = await request.get(`${api}/api/v1/meetings/${meetingId}`, { headers: { Authorization: bearer } });
  expect(((await stored.json()) as { status: string }).status).toBe('APPROVED');

  // The member signs in and finds the task on the home page.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await login(page, 'dangvien.an');
  await expect(page.getByRole('heading', { name: 'Nhiệm vụ của tôi' })).toBeVisible();
  await expect(page.locator('.my-tasks')).toContainText(taskTitle);

  // ... and reports progress on it from the phone: the server keeps the status and the note.
  const task = page.locator('.my-tasks li', { hasText: taskTitle });
  await task.getByText('Báo cáo tiến độ').click();
  await task.getByLabel('Tình trạng').selectOption('IN_PROGRESS');
  await task.getByLabel(/Đã làm được gì/).fill('Đã vận động được 6 hộ');
  await task.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(task.getByText('Đã gửi báo cáo tiến độ.')).toBeVisible();
  await expect(task.locator('.badge')).toHaveText('Đang thực hiện');
  const mine = await request.get(`${api}/api/v1/me/tasks?size=50`, { headers: { Authorization: bearer } });
  const reported = ((await mine.json()) as { items: { title: string; status: string; result?: string }[] }).items.find(
    (t) => t.title === taskTitle,
  );
  expect(reported).toMatchObject({ status: 'IN_PROGRESS', result: 'Đã vận động được 6 hộ' });
});
