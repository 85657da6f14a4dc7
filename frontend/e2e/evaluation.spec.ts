import type { APIRequestContext, Browser } from '@playwright/test';
import { expect, login, test, token } from './support';

/**
 * Meeting quality end to end: a held meeting is made through the API; the secretary scores it on a
 * phone and submits it; the assigned supervisor lowers one score, comments and signs; the commune
 * staff member sees the verified rating.
 */
test.setTimeout(150_000);

const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };

/** As bithu.an: a regular meeting of Nà Khoang 3 hours ago, everyone expected present, 100 minutes. */
async function heldMeeting(request: APIRequestContext): Promise<string> {
  const config = (await (await request.get('/config.json')).json()) as { apiBaseUrl: string };
  const api = config.apiBaseUrl.replace(/\/$/, '');
  const headers = { Authorization: `Bearer ${await token(request, 'bithu.an')}` };
  const call = async <T>(method: 'get' | 'post' | 'put', path: string, data?: unknown): Promise<T> => {
    const res = await request[method](api + path, { headers, data });
    expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBeTruthy();
    return (await res.json()) as T;
  };
  const me = await call<{ appointments: { role: string; organizationId: string; validTo?: string | null }[] }>(
    'get',
    '/api/v1/me',
  );
  const cell = me.appointments.find((a) => a.role === 'SECRETARY' && !a.validTo)!.organizationId;
  const start = new Date(Date.now() - 3 * 3600_000);
  start.setSeconds(0, 0);
  const created = await call<{ id: string }>('post', `/api/v1/organizations/${cell}/meetings`, {
    type: 'REGULAR',
    isModel: false,
    mode: 'IN_PERSON',
    scheduledStart: start.toISOString(),
    plannedDurationMinutes: 120,
    place: 'Nhà văn hóa bản',
  });
  type M = { id: string; version: number; attendance: { memberId: string; version: number; expected?: boolean }[] };
  let m = await call<M>('get', `/api/v1/meetings/${created.id}`);
  for (const a of m.attendance) {
    if (a.expected === false) continue;
    await call('put', `/api/v1/meetings/${m.id}/attendance/${a.memberId}`, { status: 'PRESENT', version: a.version });
  }
  m = await call<M>('get', `/api/v1/meetings/${m.id}`);
  await call('post', `/api/v1/meetings/${m.id}/times`, {
    version: m.version,
    actualStart: start.toISOString(),
    actualEnd: new Date(start.getTime() + 100 * 60_000).toISOString(),
  });
  // The demo data assigns giamsat to Nà Khoang; make sure of it (as the commune's staff) on older data.
  const staff = { Authorization: `Bearer ${await token(request, 'canbo.xa')}` };
  const commune = (
    (await (await request.get(`${api}/api/v1/me`, { headers: staff })).json()) as {
      appointments: { organizationId: string }[];
    }
  ).appointments[0].organizationId;
  // A page of the largest size holds the commune's assignments.
  const assignments = (
    (await (
      await request.get(`${api}/api/v1/organizations/${commune}/supervision-assignments?size=200`, { headers: staff })
    ).json()) as { items: { supervisorUsername: string; cellId: string; validTo?: string | null }[] }
  ).items;
  if (!assignments.some((a) => a.supervisorUsername === 'giamsat' && a.cellId === cell && !a.validTo)) {
    const res = await request.post(`${api}/api/v1/supervision-assignments`, {
      headers: staff,
      data: { supervisorUsername: 'giamsat', cellId: cell, delegate: false, validFrom: '2025-01-01' },
    });
    expect(res.ok(), await res.text()).toBeTruthy();
  }
  return m.id;
}

async function signedIn(browser: Browser, username: string, path: string, phone = false) {
  const context = await browser.newContext(phone ? PHONE : { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await login(page, username, path);
  return { context, page };
}

test('secretary self-evaluates on a phone, supervisor signs, committee staff sees the verified rating', async ({
  browser,
  request,
}) => {
  const meetingId = await heldMeeting(request);

  // 1. The secretary, on a 360x640 phone: every manual criterion at its maximum, save, submit.
  const secretary = await signedIn(browser, 'bithu.an', `/meetings/${meetingId}/evaluation`, true);
  let page = secretary.page;
  if (!page.url().includes('/evaluation')) await page.goto(`/meetings/${meetingId}/evaluation`);
  await expect(page.getByRole('heading', { name: 'Tự đánh giá, xếp loại chất lượng sinh hoạt' })).toBeVisible();
  const leaves = page.locator('fieldset.criterion-leaf');
  await expect(leaves.first()).toBeVisible();
  const count = await leaves.count();
  for (let i = 0; i < count; i++) {
    const leaf = leaves.nth(i);
    if ((await leaf.getAttribute('data-input')) === 'AUTO') continue;
    const max = (await leaf.getAttribute('data-max'))!;
    const radio = leaf.locator(`input[type=radio][value="${max}"]`);
    if (await radio.count()) await radio.check();
    else await leaf.locator('input[type=number]').fill(max);
  }
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText(/^Kết quả máy chủ tính: .* điểm, xếp loại/)).toBeVisible();
  await page.getByRole('button', { name: 'Gửi thẩm định' }).click();
  await expect(page.getByText('Đã gửi thẩm định: chi bộ không sửa được nữa.')).toBeVisible();
  await secretary.context.close();

  // 2. The assigned supervisor: the queue, one score lowered with a comment, signed.
  const supervisor = await signedIn(browser, 'giamsat', '/');
  page = supervisor.page;
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thẩm định' }).click();
  const item = page.locator(`li[data-meeting="${meetingId}"]`);
  await item.getByRole('link', { name: 'Thẩm định' }).click();
  const row = page.locator('li.verify-row[data-code="3.1"]');
  await row.getByRole('spinbutton').fill('2');
  await row.getByLabel('Nhận xét tiêu chí 3.1').fill('Nội dung chưa thật trọng tâm');
  await page.getByLabel('Nhận xét chung').fill('Cơ bản đạt yêu cầu');
  await page.getByRole('button', { name: 'Ký xác nhận' }).click();
  const verified = page.getByText(/^Kết quả thẩm định: .* điểm, xếp loại (Tốt|Khá|Trung bình|Kém)$/);
  await expect(verified).toBeVisible();
  const verdict = (await verified.textContent())!;
  await expect(page.getByText(/^Ký xác nhận: giamsat/)).toBeVisible();
  await supervisor.context.close();

  // 3. Committee staff of the commune: the verified rating on the meeting's evaluation tab.
  const staff = await signedIn(browser, 'canbo.xa', `/meetings/${meetingId}/evaluation`);
  page = staff.page;
  if (!page.url().includes('/evaluation')) await page.goto(`/meetings/${meetingId}/evaluation`);
  await expect(page.getByText(verdict)).toBeVisible();
  await expect(page.getByText('Nội dung chưa thật trọng tâm')).toBeVisible();
  await staff.context.close();
});
