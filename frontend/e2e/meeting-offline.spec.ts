import type { APIRequestContext } from '@playwright/test';
import { expect, KEYCLOAK_URL, login, PASSWORD, test } from './support';

/**
 * The phone loses its connection during attendance: taps stay on the device, are sent when it
 * returns, and a change someone else made meanwhile is shown as a conflict, not overwritten.
 */
test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

const REALM = process.env.CHIBO_REALM ?? 'chibo';

async function asUser(request: APIRequestContext, api: string, username: string) {
  const res = await request.post(`${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'chibo-cli', username, password: PASSWORD },
  });
  const headers = { Authorization: `Bearer ${((await res.json()) as { access_token: string }).access_token}` };
  return {
    get: async <T>(path: string) => (await (await request.get(api + path, { headers })).json()) as T,
    send: async <T>(method: 'post' | 'put', path: string, data: unknown) => {
      const r = await request[method](api + path, { headers, data });
      expect(r.ok(), await r.text()).toBeTruthy();
      return (await r.json()) as T;
    },
  };
}

interface Entry {
  memberId: string;
  fullName: string;
  status: string;
  version: number;
}

test('attendance taken offline is sent when the connection returns; a conflict is left to the user', async ({
  page,
  context,
  request,
}) => {
  const config = (await (await page.request.get('/config.json')).json()) as { apiBaseUrl: string };
  const api = config.apiBaseUrl.replace(/\/$/, '');
  const secretary = await asUser(request, api, 'bithu.an');
  const me = await secretary.get<{ appointments: { organizationId: string; role: string }[] }>('/api/v1/me');
  const cell = me.appointments.find((a) => a.role === 'SECRETARY')!.organizationId;
  const meeting = await secretary.send<{ id: string; attendance: Entry[] }>(
    'post',
    `/api/v1/organizations/${cell}/meetings`,
    {
      type: 'EXTRAORDINARY',
      isModel: false,
      scheduledStart: new Date(Date.now() - 3600_000).toISOString(),
      place: 'Nhà văn hóa bản',
    },
  );
  const { attendance } = await secretary.get<{ attendance: Entry[] }>(`/api/v1/meetings/${meeting.id}`);
  expect(attendance.length).toBeGreaterThan(2);
  const [a, b] = attendance;

  await login(page, 'bithu.an', `/meetings/${meeting.id}/attendance`);
  await expect(page.getByText(`Có mặt 0/${attendance.length}`)).toBeVisible();

  await context.setOffline(true);
  await page.getByRole('button', { name: `Có mặt: ${a.fullName}`, exact: true }).click();
  await page.getByRole('button', { name: `Có mặt: ${b.fullName}`, exact: true }).click();
  await expect(page.getByText(`Có mặt 2/${attendance.length}`)).toBeVisible();
  await expect(page.getByText('Chưa lưu: 2 thay đổi')).toBeVisible();
  await expect(page.getByText(/Mất kết nối/)).toBeVisible();

  // Meanwhile, from another device, someone records the second member as absent with a reason.
  await secretary.send('put', `/api/v1/meetings/${meeting.id}/attendance/${b.memberId}`, {
    status: 'ABSENT_EXCUSED',
    reasonCategory: 'ILLNESS',
    version: 0,
  });

  await context.setOffline(false);
  const conflict = page.locator('.conflict');
  await expect(conflict).toContainText(`Đã có người sửa trước: điểm danh ${b.fullName}`, { timeout: 20_000 });
  await expect(conflict).toContainText('Trên máy chủ: Vắng có lý do · Ốm đau');
  await expect(conflict).toContainText('Của tôi: Có mặt');
  let server = await secretary.get<{ attendance: Entry[] }>(`/api/v1/meetings/${meeting.id}`);
  expect(server.attendance.find((e) => e.memberId === a.memberId)!.status).toBe('PRESENT');
  expect(server.attendance.find((e) => e.memberId === b.memberId)!.status).toBe('ABSENT_EXCUSED');

  await conflict.getByRole('button', { name: 'Ghi đè bằng bản của tôi' }).click();
  await expect(page.getByText('✓ Đã lưu tất cả')).toBeVisible({ timeout: 20_000 });
  server = await secretary.get<{ attendance: Entry[] }>(`/api/v1/meetings/${meeting.id}`);
  expect(server.attendance.find((e) => e.memberId === b.memberId)!.status).toBe('PRESENT');
});
