/**
 * Development only (never built): the whole app against the typed in-memory mock API, signed in as
 * a fake user. `npm run dev` then open http://localhost:3000/dev/mock.html#/organizations
 * (http://localhost:3000/dev/mock.html?as=secretary#/members for a secretary;
 * #/meetings/aaaaaaaa-0000-4000-8000-000000000001/attendance for the meeting screen). Used for screenshots and UI work without the backend or Keycloak.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppProviders } from '@/app/provider';
import { AppRoutes } from '@/app/router';
import { initApi } from '@/lib/api/client';
import type { Auth } from '@/lib/auth/auth';
import { getLanguage } from '@/lib/i18n/i18n';
import { createQueryClient } from '@/lib/query-client';
import {
  cellNaKhoang,
  commune,
  ids,
  member,
  memberSummary,
  meStaff,
  organization,
  organizationCategories,
  organizationTypes,
  page,
  summary,
} from '@/test/fixtures';
import { installFakeMeetings, makeMeeting } from '@/test/meetings-fake';
import { MockApi } from '@/test/mock-api';
import type { components } from '@/lib/api/schema';
import '@/index.css';

const asSecretary = window.location.search.includes('as=secretary');

const cells = [
  cellNaKhoang,
  ...['Chu Va', 'Nà Bó', 'Sin Câu', 'Phìn Hồ', 'Tả Phìn', 'Nậm Đích', 'Hô Sáo', 'Pa Tần', 'Lùng Thàng'].map((n, i) =>
    summary({
      id: `9999999${i}-0000-4000-8000-00000000000${i}`,
      name: `Chi bộ bản ${n}`,
      validTo: i === 8 ? '2024-12-31' : null,
    }),
  ),
  summary({
    id: '88888888-0000-4000-8000-000000000001',
    name: 'Chi bộ Trường Tiểu học Bình Lư',
    categoryCode: 'XA_PHUONG',
    childCount: 2,
  }),
];
const names = [
  'Lò Văn Pản',
  'Tẩn Thị Mẩy',
  'Giàng A Sử',
  'Vàng Thị Dung',
  'Lường Văn Ngọc',
  'Phạm Thị Hương',
  'Nguyễn Văn An',
  'Đỗ Minh An',
  'Sùng A Páo',
  'Hoàng Thị Thu Hà',
  'Lý Seo Chẩn',
  'Chảo Thị Lở',
];
const members = Array.from({ length: 26 }, (_, i) =>
  memberSummary({
    id: `${String(i).padStart(8, '0')}-1111-4111-8111-111111111111`,
    fullName: `${names[i % names.length]}${i >= names.length ? ` ${i}` : ''}`,
    status: (['OFFICIAL', 'OFFICIAL', 'PROBATIONARY', 'EXEMPT'] as const)[i % 4],
    birthYear: 1950 + i,
    positions: i === 6 ? ['SECRETARY'] : i === 3 ? ['COMMITTEE_MEMBER'] : [],
  }),
);

const api = new MockApi();
// Meetings first: the member list below overrides the fake's own.
installFakeMeetings(api, makeMeeting({}, 30));
api
  .on('get', '/api/v1/me', () => ({
    status: 200,
    body: asSecretary
      ? {
          username: 'bithu.an',
          displayName: 'Nguyễn Văn An',
          roles: ['SECRETARY'],
          memberId: ids.member1,
          appointments: [
            {
              id: 'a1',
              username: 'bithu.an',
              organizationId: ids.cellNaKhoang,
              organizationName: 'Chi bộ bản Nà Khoang',
              role: 'SECRETARY',
              validFrom: '2025-07-01',
              validTo: null,
            },
          ],
        }
      : meStaff,
  }))
  .on('get', '/api/v1/reference/organization-types', () => ({ status: 200, body: organizationTypes }))
  .on('get', '/api/v1/reference/organization-categories', () => ({ status: 200, body: organizationCategories }))
  .on('get', '/api/v1/organizations', ({ query }) => {
    if (query.get('parentId') === ids.commune) return { status: 200, body: page(cells) };
    if (query.get('parentId'))
      return {
        status: 200,
        body: page([
          summary({ id: 'x1', name: 'Tổ đảng số 1', holdsMeetings: false }),
          summary({ id: 'x2', name: 'Tổ đảng số 2', holdsMeetings: false }),
        ]),
      };
    const q = query.get('q');
    if (q)
      return {
        status: 200,
        body: page(
          cells.filter((c) =>
            c.name
              .toLowerCase()
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, '')
              .replace(/đ/g, 'd')
              .includes(q.toLowerCase()),
          ),
        ),
      };
    return { status: 200, body: page([commune]) };
  })
  .on('get', '/api/v1/organizations/{id}', ({ params }) => {
    const s = params.id === ids.commune ? commune : (cells.find((c) => c.id === params.id) ?? cellNaKhoang);
    return {
      status: 200,
      body: organization(s, {
        lineage:
          s.id === ids.cellNaKhoang
            ? [
                {
                  id: 'l1',
                  event: 'RENAMED',
                  effectiveDate: '2025-07-01',
                  decisionRef: '123-QĐ/ĐU',
                  fromOrganization: { id: s.id, name: 'Chi bộ thôn Nà Khoang' },
                  toOrganization: { id: s.id, name: s.name },
                },
              ]
            : [],
      }),
    };
  })
  .on('get', '/api/v1/organizations/{id}/members', ({ query }) => {
    const p = Number(query.get('page') ?? 0);
    const size = Number(query.get('size') ?? 20);
    const q = (query.get('q') ?? '').toLowerCase();
    const list = members
      .filter((m) => !q || m.fullName.toLowerCase().includes(q))
      .filter((m) => !query.get('status') || m.status === query.get('status'));
    return { status: 200, body: page(list.slice(p * size, p * size + size), list.length, p, size) };
  })
  .on('get', '/api/v1/members/{id}', () => ({
    status: 200,
    body: member({
      positions: [
        {
          id: 'p1',
          organization: { id: ids.cellNaKhoang, name: 'Chi bộ bản Nà Khoang' },
          position: 'COMMITTEE_MEMBER',
          validFrom: '2020-10-01',
          validTo: null,
        },
      ],
      exemptions: [
        { id: 'e1', reason: 'HEALTH', validFrom: '2023-01-01', validTo: '2023-12-31', note: 'Điều trị dài ngày' },
      ],
    }),
  }))
  .on('post', '/api/v1/members', () => ({
    status: 400,
    body: {
      type: 'x',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      code: 'validation-failed',
      detail: 'Có 1 trường cần sửa.',
      errors: [{ field: 'birthYear', message: 'Năm sinh phải từ 1900 đến 2100.' }],
    },
  }))
  .on('patch', '/api/v1/organizations/{id}', () => ({
    status: 409,
    body: {
      type: 'x',
      title: 'Dữ liệu đã được người khác thay đổi',
      status: 409,
      code: 'version-conflict',
      detail: 'Bản ghi đã được cập nhật (phiên bản 3). Hãy tải lại và sửa lại.',
      currentVersion: 3,
    },
  }));

// Planning: topic groups, one in-memory topical plan per cell and year, alerts.
const topicGroups = [
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Xây dựng Đảng, chính quyền',
  'Phát triển kinh tế, xóa đói giảm nghèo',
  'Văn hóa, xã hội',
  'Quốc phòng, an ninh',
].map((labelVi, i) => ({ code: `G${i + 1}`, labelVi, labelEn: `Group ${i + 1}`, position: i + 1 }));
const plans = new Map<string, components['schemas']['TopicalPlan']>();
api
  .on('get', '/api/v1/topic-groups', () => ({ status: 200, body: topicGroups }))
  .on('get', '/api/v1/organizations/{id}/topical-plans/{year}', ({ params }) => {
    const plan = plans.get(`${params.id}/${params.year}`);
    return plan
      ? { status: 200, body: plan }
      : { status: 404, body: { type: 'x', title: 'Không tìm thấy', status: 404, code: 'not-found' } };
  })
  .on('put', '/api/v1/organizations/{id}/topical-plans/{year}', ({ params, body }) => {
    const key = `${params.id}/${params.year}`;
    const before = plans.get(key);
    const plan: components['schemas']['TopicalPlan'] = {
      id: 'dddddddd-0000-4000-8000-000000000001',
      organizationId: params.id,
      organizationName: 'Chi bộ bản Nà Khoang',
      year: Number(params.year),
      status: before?.status ?? 'DRAFT',
      dueDate: `${params.year}-02-05`,
      late: false,
      version: (before?.version ?? 0) + 1,
      policyId: 'p',
      policyLabel: 'Trung ương, từ 28/10/2025',
      items: body.items.map((i, n) => ({
        ...i,
        id: i.id ?? `item-${n}-${Date.now()}`,
        quarter: Math.ceil(i.plannedMonth / 3),
        topicGroupLabel: topicGroups.find((g) => g.code === i.topicGroupCode)?.labelVi ?? '',
        progress: 'PLANNED',
      })),
      history: [
        ...(before?.history ?? []),
        { action: before ? 'EDIT' : 'CREATE', actor: 'bithu.an', at: new Date().toISOString() },
      ],
      warnings: [],
    };
    plans.set(key, plan);
    return { status: 200, body: plan };
  })
  .on('post', '/api/v1/topical-plans/{id}/submission', () => {
    const [key, plan] = [...plans.entries()][0];
    const next = {
      ...plan,
      status: 'SUBMITTED' as const,
      version: plan.version + 1,
      submittedAt: new Date().toISOString(),
      history: [...plan.history, { action: 'SUBMIT' as const, actor: 'bithu.an', at: new Date().toISOString() }],
    };
    plans.set(key, next);
    return { status: 200, body: next };
  })
  .on('get', '/api/v1/organizations/{id}/topical-plans', ({ query }) => ({
    status: 200,
    body: {
      year: Number(query.get('year')),
      dueDate: `${query.get('year')}-02-05`,
      counts: { none: 6, draft: 1, submitted: 1, approved: 1, returned: 0, late: 2 },
      cells: cells.slice(0, 9).map((c, i) => ({
        organizationId: c.id,
        organizationName: c.name,
        status: (['SUBMITTED', 'APPROVED', 'DRAFT', 'NONE'] as const)[Math.min(i, 3)],
        late: i > 6,
        itemCount: i < 3 ? 4 : 0,
        heldCount: i === 1 ? 2 : 0,
        submittedAt: i < 2 ? '2026-01-20T08:00:00+07:00' : null,
      })),
      page: 0,
      size: 50,
      totalCells: 9,
      byGroup: topicGroups.slice(0, 3).map((g, i) => ({ code: g.code, label: g.labelVi, count: 3 - i })),
    },
  }))
  .on('get', '/api/v1/organizations/{id}/pushed-topics', () => ({ status: 200, body: page([]) }))
  .on('get', '/api/v1/organizations/{id}/monthly-schedules/{month}', ({ params }) => ({
    status: 200,
    body: {
      organizationId: ids.commune,
      organizationName: 'Đảng bộ xã Bình Lư',
      month: params.month,
      dueDate: `${params.month}-02`,
      late: true,
      recipients: [
        { username: 'giamsat', reason: 'SUPERVISOR' },
        { username: 'canbo.tinh', reason: 'UPPER_COMMITTEE' },
      ],
      entries: cells.slice(0, 6).map((c, i) => ({
        meetingId: `m${i}`,
        organizationId: c.id,
        organizationName: c.name,
        type: 'REGULAR',
        status: 'PLANNED',
        scheduledStart: `${params.month}-0${i + 3}T19:30:00+07:00`,
        place: 'Nhà văn hóa bản',
      })),
      gaps: cells.slice(6, 9).map((c) => ({ organizationId: c.id, organizationName: c.name })),
      page: 0,
      size: 50,
      totalEntries: 6,
      totalGaps: 3,
    },
  }))
  .on('get', '/api/v1/organizations/{id}/alerts', () => ({
    status: 200,
    body: page([
      {
        id: 'al1',
        organizationId: ids.cellNaKhoang,
        organizationName: 'Chi bộ bản Nà Khoang',
        kind: 'REGULAR_NOT_PLANNED',
        severity: 'WARNING',
        period: '2026-11',
        message: 'Đến ngày 20/11 chưa lên lịch sinh hoạt thường kỳ tháng 11.',
        policyId: 'p',
        policyLabel: 'Trung ương, từ 28/10/2025',
        raisedAt: '2026-11-20T00:30:00+07:00',
      },
    ]),
  }));

const auth: Auth = {
  status: 'authenticated',
  user: { subject: 'mock-canbo-xa', username: 'canbo.xa', name: 'Phạm Văn Đức' },
  getToken: async () => 'mock',
  login: async () => {},
  logout: async () => {},
  subscribe: () => () => {},
};
initApi({ baseUrl: api.baseUrl, getToken: auth.getToken, getLanguage, fetch: api.fetch });
const routerLocation = { hook: useHashLocation };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders auth={auth} queryClient={createQueryClient()} location={routerLocation}>
      <AppRoutes />
    </AppProviders>
  </StrictMode>,
);
