import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, login, test, token, uniqueWord } from './support';

/**
 * Planning end to end. (1) The secretary of Nà Khoang writes next year's topical plan on a phone,
 * one topic per quarter, and submits it; the commune's staff return it with a comment; the
 * secretary sees the comment, fixes the plan and resubmits; the staff approve; the first
 * quarter's topical meeting is in the cell's calendar.
 */
test.setTimeout(180_000);

const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };

type Call = <T>(method: 'get' | 'post' | 'put', path: string, data?: unknown) => Promise<{ status: number; body: T }>;

/** Calls the API as a user; answers the status and the parsed body (null when empty). */
async function apiAs(request: APIRequestContext, username: string): Promise<Call> {
  const config = (await (await request.get('/config.json')).json()) as { apiBaseUrl: string };
  const base = config.apiBaseUrl.replace(/\/$/, '');
  const headers = { Authorization: `Bearer ${await token(request, username)}` };
  return async <T>(method: 'get' | 'post' | 'put', path: string, data?: unknown) => {
    const res = await request[method](base + path, { headers, data });
    const text = await res.text();
    return { status: res.status(), body: (text ? JSON.parse(text) : null) as T };
  };
}

interface Me {
  appointments: { role: string; organizationId: string; organizationName: string; validTo?: string | null }[];
}

async function signedIn(browser: Browser, username: string, path: string, phone = false) {
  const context = await browser.newContext(phone ? PHONE : { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await login(page, username, path);
  if (!page.url().endsWith(path)) await page.goto(path);
  return { context, page };
}

const vnYear = () =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));

/** An instant as Viet Nam wall time with its offset, to the second (2026-11-25T19:30:00+07:00). */
const vnIso = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 19) + '+07:00';

async function planStatus(page: Page, status: string) {
  await expect(page.locator('.plan-facts .plan-status')).toHaveText(status);
}

test('secretary submits the annual topical plan; staff return it, then approve the fixed plan; the Q1 meeting is in the calendar', async ({
  browser,
  request,
}) => {
  const secretaryApi = await apiAs(request, 'bithu.an');
  const me = (await secretaryApi<Me>('get', '/api/v1/me')).body;
  const cell = me.appointments.find((a) => a.role === 'SECRETARY' && !a.validTo)!;
  const staffMe = (await (await apiAs(request, 'canbo.xa'))<Me>('get', '/api/v1/me')).body;
  const commune = staffMe.appointments.find((a) => a.role === 'STAFF' && !a.validTo)!;
  // Next year, or the first later year without a plan (a rerun on the same data).
  let year = vnYear() + 1;
  while (
    (await secretaryApi('get', `/api/v1/organizations/${cell.organizationId}/topical-plans/${year}`)).status !== 404
  )
    year++;
  const word = uniqueWord();
  const title = (q: number) => `Chuyên đề quý ${q} ${word}`;
  const planPath = `/organizations/${cell.organizationId}/topical-plans/${year}`;

  // 1. The secretary on a phone: one topical session per quarter, submitted.
  const secretary = await signedIn(browser, 'bithu.an', planPath, true);
  const page = secretary.page;
  await expect(page.getByRole('heading', { name: `Kế hoạch sinh hoạt chuyên đề năm ${year}` })).toBeVisible();
  for (const q of [1, 2, 3, 4]) {
    const quarter = page.getByRole('region', { name: `Quý ${q}`, exact: true });
    await quarter.getByLabel('Nhóm chủ đề').selectOption({ index: q });
    await quarter.getByLabel('Tên chuyên đề').fill(q === 2 ? 'Chưa rõ' : title(q));
  }
  await page.getByRole('button', { name: 'Gửi cấp ủy' }).click();
  await expect(page.getByText('Kế hoạch đã gửi, đang chờ cấp ủy phê duyệt.')).toBeVisible();
  await planStatus(page, 'Chờ duyệt');

  // 2. Commune staff: the inbox (through the navigation), the plan, returned with a comment.
  const staff = await signedIn(browser, 'canbo.xa', '/planning');
  const desk = staff.page;
  await desk
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Kế hoạch', exact: true })
    .click();
  await desk
    .getByRole('region', { name: commune.organizationName })
    .getByRole('link', { name: 'Kế hoạch chuyên đề của các chi bộ' })
    .click();
  for (let y = vnYear(); y < year; y++) await desk.getByRole('button', { name: 'Năm sau ›' }).click();
  await expect(desk.getByText(`Năm ${year}`, { exact: true })).toBeVisible();
  const row = desk.locator('tr', { has: desk.getByRole('link', { name: cell.organizationName, exact: true }) });
  await expect(row.getByText('Chờ duyệt')).toBeVisible();
  await row.getByRole('link', { name: cell.organizationName, exact: true }).click();
  await expect(desk.getByText(title(1))).toBeVisible();
  await desk.getByLabel('Ý kiến của cấp ủy').fill(`Quý 2 cần ghi rõ tên chuyên đề ${word}`);
  await desk.getByRole('button', { name: 'Trả lại' }).click();
  await planStatus(desk, 'Bị trả lại');

  // 3. The secretary sees the comment, fixes the second quarter and resubmits.
  await page.reload();
  await expect(page.getByText(`Quý 2 cần ghi rõ tên chuyên đề ${word}`).first()).toBeVisible();
  await planStatus(page, 'Bị trả lại');
  await page.getByRole('region', { name: 'Quý 2', exact: true }).getByLabel('Tên chuyên đề').fill(title(2));
  await page.getByRole('button', { name: 'Gửi cấp ủy' }).click();
  await planStatus(page, 'Chờ duyệt');

  // 4. Staff approve; the first quarter's item is scheduled.
  await desk.reload();
  await expect(desk.getByText(title(2))).toBeVisible();
  await desk.getByRole('button', { name: 'Phê duyệt' }).click();
  await planStatus(desk, 'Đã duyệt');
  const q1 = desk.getByRole('region', { name: 'Quý 1', exact: true });
  await expect(q1.getByText('Đã xếp lịch')).toBeVisible();
  await staff.context.close();

  // 5. The secretary finds the first quarter's topical meeting in the cell's calendar.
  await page.goto(`/organizations/${cell.organizationId}/meetings`);
  for (let y = vnYear(); y < year; y++) await page.getByRole('button', { name: 'Năm sau ›' }).click();
  await expect(page.getByText(`Năm ${year}`, { exact: true })).toBeVisible();
  await expect(page.locator('.meeting-list').getByText(title(1))).toBeVisible();
  await secretary.context.close();
});

/**
 * (2) A cell with no regular meeting planned this month raises an alert for its committee, which
 * clears once the meeting is held. A fresh cell under the commune gets its own policy whose
 * warning day is the 1st, so the rule applies whatever today's date.
 */
test('a cell without a regular meeting this month raises an alert for the committee; holding the meeting clears it', async ({
  browser,
  request,
}) => {
  const staffApi = await apiAs(request, 'canbo.xa');
  const staffMe = (await staffApi<Me>('get', '/api/v1/me')).body;
  const commune = staffMe.appointments.find((a) => a.role === 'STAFF' && !a.validTo)!;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const name = `Chi bộ thử cảnh báo ${uniqueWord()}`;
  const created = await staffApi<{ id: string }>('post', '/api/v1/organizations', {
    name,
    typeCode: 'CHI_BO_TRUC_THUOC',
    categoryCode: 'THON_BAN_TDP',
    parentId: commune.organizationId,
    hasCommittee: false,
    validFrom: today,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const cellId = created.body.id;
  const policy = await staffApi('post', '/api/v1/policies', {
    issuerOrganizationId: cellId,
    validFrom: today,
    attendanceTargetPercent: 85,
    maxConsecutiveExcusedAbsences: 3,
    speakingTargetPercent: 30,
    minDurationMinutes: 90,
    combinedMinDurationMinutes: 120,
    documentLeadDays: 1,
    maxDocumentBytes: 10485760,
    voteRule: 'MAJORITY_OF_ELIGIBLE_PRESENT',
    secondRegularInMonth: 'WARN',
    regularMeetingWarnDay: 1,
  });
  expect(policy.status, JSON.stringify(policy.body)).toBeLessThan(300);

  // 1. Commune staff recompute the alerts and find the new cell's "no regular meeting planned".
  const staff = await signedIn(browser, 'canbo.xa', `/organizations/${commune.organizationId}/alerts`);
  const page = staff.page;
  await expect(page.getByRole('heading', { level: 1, name: 'Cảnh báo' })).toBeVisible();
  const recompute = async () => {
    const run = page.waitForResponse((r) => r.url().endsWith('/alert-runs') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Tính lại ngay' }).click();
    expect((await run).ok()).toBeTruthy();
    await expect(page.getByText(/^Đã tính lại cho [\d.,]+ tổ chức/)).toBeVisible();
  };
  await recompute();
  await page.getByLabel('Tìm tổ chức đảng').fill(name);
  await page.getByRole('button', { name, exact: true }).click();
  const alert = page.locator(`li.alert-card[data-kind="REGULAR_NOT_PLANNED"][data-org="${cellId}"]`);
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(name);
  await expect(alert).toContainText('Chưa lên lịch sinh hoạt thường kỳ');

  // 2. The meeting is scheduled for today and held (through the API).
  const start = new Date(Date.now() - 2 * 3600_000);
  start.setSeconds(0, 0);
  const meeting = await staffApi<{ id: string }>('post', `/api/v1/organizations/${cellId}/meetings`, {
    type: 'REGULAR',
    isModel: false,
    mode: 'IN_PERSON',
    scheduledStart: vnIso(start),
    plannedDurationMinutes: 120,
    place: 'Nhà văn hóa bản',
  });
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
  const { version } = (await staffApi<{ version: number }>('get', `/api/v1/meetings/${meeting.body.id}`)).body;
  const held = await staffApi('post', `/api/v1/meetings/${meeting.body.id}/times`, {
    version,
    actualStart: vnIso(start),
    actualEnd: vnIso(new Date(start.getTime() + 100 * 60_000)),
  });
  expect(held.status, JSON.stringify(held.body)).toBe(200);

  // 3. Recomputed: the alert leaves the open list and shows as resolved.
  await recompute();
  await expect(alert).toHaveCount(0);
  await page.locator('label.chip', { hasText: 'Đã khắc phục' }).click();
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('khắc phục');
  await staff.context.close();
});
