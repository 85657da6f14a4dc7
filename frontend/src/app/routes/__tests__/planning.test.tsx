import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@/lib/api/schema';
import { cellNaKhoang, commune, ids, meStaff, memberSummary, organization, outOfScope, page } from '@/test/fixtures';
import { defaultPolicy } from '@/test/meetings-fake';
import { defaultApi, renderApp, TEST_SUBJECT } from '@/test/render-app';
import { draftStorageKey } from '@/lib/auth/user-data';

type S = components['schemas'];
type Plan = S['TopicalPlan'];

const planId = 'dddddddd-0000-4000-8000-000000000001';
const policyId = 'eeeeeeee-0000-4000-8000-000000000001';
const nextYear =
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()).slice(0, 4)) + 1;

const meSecretary: S['Me'] = {
  username: 'bithu.an',
  displayName: 'Nguyễn Văn An',
  roles: ['SECRETARY'],
  appointments: [
    {
      id: '77777777-7777-4777-8777-777777777777',
      username: 'bithu.an',
      organizationId: ids.cellNaKhoang,
      organizationName: 'Chi bộ bản Nà Khoang',
      role: 'SECRETARY',
      validFrom: '2025-01-01',
      validTo: null,
    },
  ],
};

/** The demo's supervisor: appointed to cells of the commune, not to the commune. */
const meSupervisor: S['Me'] = {
  username: 'giamsat',
  displayName: 'Hoàng Văn Giám',
  roles: ['SUPERVISOR'],
  appointments: [
    {
      id: '77777777-7777-4777-8777-777777777778',
      username: 'giamsat',
      organizationId: ids.cellNaKhoang,
      organizationName: 'Chi bộ bản Nà Khoang',
      role: 'SUPERVISOR',
      validFrom: '2025-01-01',
      validTo: null,
    },
  ],
};

const groups: S['TopicGroup'][] = [
  { code: 'HCM', labelVi: 'Học tập và làm theo Bác', labelEn: 'Following Ho Chi Minh', position: 1 },
  { code: 'ECON', labelVi: 'Phát triển kinh tế', labelEn: 'Economy', position: 2 },
];

const item = (q: number, extra: Partial<Plan['items'][number]> = {}): Plan['items'][number] => ({
  id: `ffffffff-0000-4000-8000-00000000000${q}`,
  kind: 'TOPICAL',
  plannedMonth: q * 3 - 2,
  quarter: q,
  topicGroupCode: 'HCM',
  topicGroupLabel: 'Học tập và làm theo Bác',
  title: `Chuyên đề quý ${q}`,
  progress: 'PLANNED',
  ...extra,
});

function makePlan(partial: Partial<Plan> = {}): Plan {
  return {
    id: planId,
    organizationId: ids.cellNaKhoang,
    organizationName: 'Chi bộ bản Nà Khoang',
    year: nextYear,
    status: 'DRAFT',
    dueDate: `${nextYear}-02-05`,
    late: false,
    version: 1,
    policyId,
    policyLabel: 'Trung ương, từ 28/10/2025',
    items: [1, 2, 3, 4].map((q) => item(q)),
    history: [],
    warnings: [],
    ...partial,
  };
}

function planApi(me: S['Me'] = meSecretary) {
  return defaultApi()
    .on('get', '/api/v1/me', () => ({ status: 200, body: me }))
    .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(cellNaKhoang) }))
    .on('get', '/api/v1/topic-groups', () => ({ status: 200, body: groups }))
    .on('get', '/api/v1/organizations/{id}/policy', () => ({ status: 200, body: defaultPolicy }))
    .on('get', '/api/v1/organizations/{id}/members', () => ({ status: 200, body: page([memberSummary()]) }));
}

const notFound = {
  status: 404 as const,
  body: { type: 'about:blank', title: 'Không tìm thấy', status: 404, code: 'not-found' },
};

describe('topical plan: the secretary’s editor', () => {
  it('starts a new plan with one topic per quarter, saves it and submits it', async () => {
    const user = userEvent.setup();
    let saved: Plan | undefined;
    const api = planApi()
      .on('get', '/api/v1/organizations/{id}/topical-plans/{year}', () =>
        saved ? { status: 200, body: saved } : notFound,
      )
      .on('put', '/api/v1/organizations/{id}/topical-plans/{year}', (req) => ({
        status: 200,
        body: (saved = makePlan({
          version: 1,
          items: req.body.items.map((i, n) => item(n + 1, { title: i.title, plannedMonth: i.plannedMonth })),
        })),
      }))
      .on('post', '/api/v1/topical-plans/{id}/submission', () => ({
        status: 200,
        body: (saved = makePlan({
          ...saved,
          status: 'SUBMITTED',
          version: 2,
          submittedAt: '2026-11-25T10:00:00+07:00',
        })),
      }));
    renderApp(`/organizations/${ids.cellNaKhoang}/topical-plans/${nextYear}`, api);

    expect(
      await screen.findByRole('heading', { level: 1, name: `Kế hoạch sinh hoạt chuyên đề năm ${nextYear}` }),
    ).toBeInTheDocument();
    await screen.findAllByRole('option', { name: 'Phát triển kinh tế' });
    for (const q of [1, 2, 3, 4]) {
      const quarter = screen.getByRole('region', { name: `Quý ${q}` });
      await user.selectOptions(within(quarter).getByLabelText(/Nhóm chủ đề/), 'HCM');
      await user.type(within(quarter).getByLabelText(/Tên chuyên đề/), `Chuyên đề quý ${q}`);
    }
    expect(screen.queryByText(/chưa đủ sinh hoạt chuyên đề/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gửi cấp ủy' }));

    expect(await screen.findByText('Kế hoạch đã gửi, đang chờ cấp ủy phê duyệt.')).toBeInTheDocument();
    const put = api.callsTo('PUT', `/api/v1/organizations/${ids.cellNaKhoang}/topical-plans/${nextYear}`)[0];
    expect(put.body).toEqual({
      version: 0,
      items: [1, 4, 7, 10].map((month, n) => ({
        kind: 'TOPICAL',
        plannedMonth: month,
        topicGroupCode: 'HCM',
        title: `Chuyên đề quý ${n + 1}`,
        purpose: null,
        presenterId: null,
      })),
    });
    expect(api.callsTo('POST', `/api/v1/topical-plans/${planId}/submission`)[0].body).toEqual({ version: 1 });
  });

  it('needs a title before sending, warns about an empty quarter, and puts a server refusal on its row', async () => {
    const user = userEvent.setup();
    const api = planApi()
      .on('get', '/api/v1/organizations/{id}/topical-plans/{year}', () => ({
        status: 200,
        body: makePlan({ items: [item(1), item(2), item(3)] }),
      }))
      .on('put', '/api/v1/organizations/{id}/topical-plans/{year}', () => ({
        status: 400,
        body: {
          type: 'about:blank',
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          code: 'validation',
          errors: [{ field: 'items[3].plannedMonth', message: 'Quý này đã qua.' }],
        },
      }));
    renderApp(`/organizations/${ids.cellNaKhoang}/topical-plans/${nextYear}`, api);

    expect(await screen.findByText('Quý 4 chưa đủ sinh hoạt chuyên đề: mỗi quý ít nhất 1.')).toBeInTheDocument();
    expect(await screen.findByText('Còn thiếu 1 diễn đàn so với số tối thiểu trong năm.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '+ Thêm chuyên đề quý 4' }));
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    const q4 = screen.getByRole('region', { name: 'Quý 4' });
    expect(await within(q4).findByText('Nhập tên chuyên đề.')).toBeInTheDocument();
    expect(within(q4).getByText('Chọn nhóm chủ đề.')).toBeInTheDocument();
    expect(api.callsTo('PUT', `/api/v1/organizations/${ids.cellNaKhoang}/topical-plans/${nextYear}`)).toHaveLength(0);

    await user.selectOptions(within(q4).getByLabelText(/Nhóm chủ đề/), 'ECON');
    await user.type(within(q4).getByLabelText(/Tên chuyên đề/), 'Kinh tế hộ');
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    expect(await within(q4).findByText('Quý này đã qua.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Dữ liệu không hợp lệ');
  });

  it('keeps what was typed across a reload until it is saved', async () => {
    const user = userEvent.setup();
    const api = () => planApi().on('get', '/api/v1/organizations/{id}/topical-plans/{year}', () => notFound);
    const first = renderApp(`/organizations/${ids.cellNaKhoang}/topical-plans/${nextYear}`, api());
    const q1 = await screen.findByRole('region', { name: 'Quý 1' });
    await user.type(within(q1).getByLabelText(/Tên chuyên đề/), 'Học tập Nghị quyết');
    await waitFor(() =>
      expect(
        localStorage.getItem(draftStorageKey(TEST_SUBJECT, `topical-plan.${ids.cellNaKhoang}.${nextYear}`)),
      ).toContain('Học tập Nghị quyết'),
    );
    first.unmount();

    renderApp(`/organizations/${ids.cellNaKhoang}/topical-plans/${nextYear}`, api());
    expect(await screen.findByText(/Đã khôi phục bản nháp/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Quý 1' })).getByLabelText(/Tên chuyên đề/)).toHaveValue(
      'Học tập Nghị quyết',
    );
  });

  it('shows the server’s reason when the submission is refused', async () => {
    const user = userEvent.setup();
    const api = planApi()
      .on('get', '/api/v1/organizations/{id}/topical-plans/{year}', () => ({ status: 200, body: makePlan() }))
      .on('post', '/api/v1/topical-plans/{id}/submission', () => ({
        status: 409,
        body: {
          type: 'about:blank',
          title: 'Không gửi được kế hoạch',
          status: 409,
          code: 'plan-empty-quarter',
          detail: 'Quý 3 chưa có sinh hoạt chuyên đề.',
        },
      }));
    renderApp(`/organizations/${ids.cellNaKhoang}/topical-plans/${nextYear}`, api);
    await user.click(await screen.findByRole('button', { name: 'Gửi cấp ủy' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không gửi được kế hoạch');
    expect(alert).toHaveTextContent('Quý 3 chưa có sinh hoạt chuyên đề.');
    // Nothing had changed: the plan was submitted as it is, without saving it again.
    expect(api.callsTo('PUT', `/api/v1/organizations/${ids.cellNaKhoang}/topical-plans/${nextYear}`)).toHaveLength(0);
    expect(api.callsTo('POST', `/api/v1/topical-plans/${planId}/submission`)[0].body).toEqual({ version: 1 });
  });

  it('shows the committee’s comment on a returned plan', async () => {
    const api = planApi().on('get', '/api/v1/organizations/{id}/topical-plans/{year}', () => ({
      status: 200,
      body: makePlan({
        status: 'RETURNED',
        history: [
          { action: 'SUBMIT', actor: 'bithu.an', at: '2026-11-20T08:00:00+07:00' },
          { action: 'RETURN', actor: 'canbo.xa', at: '2026-11-21T08:00:00+07:00', comment: 'Quý 2 cần cụ thể hơn' },
        ],
      }),
    }));
    renderApp(`/organizations/${ids.cellNaKhoang}/topical-plans/${nextYear}`, api);
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('Cấp ủy trả lại (canbo.xa');
    expect(note).toHaveTextContent('Quý 2 cần cụ thể hơn');
    expect(screen.getByRole('button', { name: 'Gửi cấp ủy' })).toBeInTheDocument();
  });
});

describe('topical plan: the committee’s review', () => {
  it('returns a plan only with a comment, and approves', async () => {
    const user = userEvent.setup();
    let current = makePlan({ status: 'SUBMITTED', version: 3 });
    const api = planApi(meStaff)
      .on('get', '/api/v1/organizations/{id}/topical-plans/{year}', () => ({ status: 200, body: current }))
      .on('post', '/api/v1/topical-plans/{id}/return', () => ({
        status: 200,
        body: (current = makePlan({ status: 'RETURNED', version: 4 })),
      }))
      .on('post', '/api/v1/topical-plans/{id}/approval', () => ({
        status: 200,
        body: (current = makePlan({ status: 'APPROVED', version: 4, items: [item(1, { progress: 'SCHEDULED' })] })),
      }));
    renderApp(`/organizations/${ids.cellNaKhoang}/topical-plans/${nextYear}`, api);

    await user.click(await screen.findByRole('button', { name: 'Trả lại' }));
    expect(screen.getByText('Ghi ý kiến để chi bộ biết cần sửa gì.')).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/v1/topical-plans/${planId}/return`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Phê duyệt' }));
    await waitFor(() => expect(screen.getByText('Đã xếp lịch')).toBeInTheDocument());
    expect(api.callsTo('POST', `/api/v1/topical-plans/${planId}/approval`)[0].body).toEqual({
      version: 3,
      comment: null,
    });
    expect(screen.queryByRole('button', { name: 'Phê duyệt' })).not.toBeInTheDocument();
  });

  it('lists the cells of the committee with their plan state, and filters them', async () => {
    const user = userEvent.setup();
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
      .on('get', '/api/v1/organizations/{id}/topical-plans', (req) => {
        // The server filters and orders the cells (submitted first) and pages them; the counts stay whole.
        const cells: S['PlanInbox']['cells'] = [
          {
            organizationId: ids.cellNaKhoang,
            organizationName: 'Chi bộ bản Nà Khoang',
            planId,
            status: 'SUBMITTED',
            late: false,
            submittedAt: '2026-01-20T08:00:00+07:00',
            itemCount: 4,
            heldCount: 0,
          },
          {
            organizationId: ids.cellBan2,
            organizationName: 'Chi bộ bản Chu Va',
            status: 'NONE',
            late: true,
            itemCount: 0,
            heldCount: 0,
          },
        ];
        const late = req.query.get('late');
        const statuses = req.query.getAll('status');
        const matching = cells.filter(
          (c) => (late === null || String(c.late) === late) && (statuses.length === 0 || statuses.includes(c.status)),
        );
        return {
          status: 200,
          body: {
            year: Number(req.query.get('year')),
            dueDate: `${req.query.get('year')}-02-05`,
            counts: { none: 1, draft: 0, submitted: 1, approved: 0, returned: 0, late: 1 },
            cells: matching,
            page: 0,
            size: 50,
            totalCells: matching.length,
            byGroup: [{ code: 'HCM', label: 'Học tập và làm theo Bác', count: 4 }],
          },
        };
      });
    let pushed: S['PushedTopic'][] = [];
    api
      .on('get', '/api/v1/topic-groups', () => ({ status: 200, body: groups }))
      .on('get', '/api/v1/organizations/{id}/pushed-topics', () => ({ status: 200, body: page(pushed) }))
      .on('post', '/api/v1/organizations/{id}/pushed-topics', (req) => {
        const topic = {
          ...req.body,
          id: 'abcdabcd-0000-4000-8000-000000000001',
          organizationId: ids.commune,
          cellCount: 2,
          scheduledCount: 0,
          heldCount: 0,
          ratings: {},
        };
        pushed = [topic];
        return { status: 201, body: topic };
      });
    renderApp(`/organizations/${ids.commune}/topical-plans?year=${nextYear}`, api);

    const [table] = await screen.findAllByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Chi bộ bản Nà Khoang');
    expect(rows[1]).toHaveTextContent('Chờ duyệt');
    expect(within(rows[1]).getByRole('link')).toHaveAttribute(
      'href',
      `/organizations/${ids.cellNaKhoang}/topical-plans/${nextYear}`,
    );
    expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/topical-plans`)[0].query.get('year')).toBe(
      String(nextYear),
    );
    await user.click(screen.getByRole('radio', { name: 'Trễ hạn' }));
    await waitFor(() => expect(within(screen.getAllByRole('table')[0]).getAllByRole('row')).toHaveLength(2));
    expect(screen.getAllByRole('table')[0]).toHaveTextContent('Chi bộ bản Chu Va');
    expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/topical-plans`).at(-1)!.query.get('late')).toBe(
      'true',
    );
    await user.click(screen.getByRole('radio', { name: 'Chưa gửi' }));
    await waitFor(() =>
      expect(
        api.callsTo('GET', `/api/v1/organizations/${ids.commune}/topical-plans`).at(-1)!.query.getAll('status'),
      ).toEqual(['NONE', 'DRAFT']),
    );

    expect(screen.getByText('Cấp ủy chưa giao chuyên đề nào năm này.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Giao chuyên đề cho các chi bộ' }));
    const form = screen.getByRole('form', { name: 'Giao chuyên đề cho các chi bộ' });
    await user.selectOptions(within(form).getByLabelText(/Quý/), '2');
    await within(form).findByRole('option', { name: 'Phát triển kinh tế' });
    await user.selectOptions(within(form).getByLabelText(/Nhóm chủ đề/), 'ECON');
    await user.type(within(form).getByLabelText(/Tên chuyên đề/), 'Chuyển đổi số');
    await user.click(within(form).getByRole('button', { name: 'Giao chuyên đề' }));
    expect(await screen.findByText(/2 chi bộ, đã xếp lịch 0, đã tổ chức 0/)).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/v1/organizations/${ids.commune}/pushed-topics`)[0].body).toEqual({
      year: nextYear,
      quarter: 2,
      topicGroupCode: 'ECON',
      title: 'Chuyển đổi số',
      materials: null,
    });
  });
});

describe('monthly schedule', () => {
  const schedule = (sentAt?: string): S['MonthlySchedule'] => ({
    organizationId: ids.commune,
    organizationName: 'Đảng bộ xã Bình Lư',
    month: '2026-12',
    dueDate: '2026-12-02',
    late: false,
    sentAt: sentAt ?? null,
    sentBy: sentAt ? 'canbo.xa' : null,
    recipients: [{ username: 'giamsat', reason: 'SUPERVISOR' }],
    entries: [
      {
        meetingId: 'aaaaaaaa-0000-4000-8000-000000000001',
        organizationId: ids.cellNaKhoang,
        organizationName: 'Chi bộ bản Nà Khoang',
        type: 'REGULAR',
        status: 'PLANNED',
        scheduledStart: '2026-12-04T19:30:00+07:00',
        place: 'Nhà văn hóa',
      },
    ],
    gaps: [{ organizationId: ids.cellBan2, organizationName: 'Chi bộ bản Chu Va' }],
    page: 0,
    size: 50,
    totalEntries: 1,
    totalGaps: 1,
  });

  it('shows the gaps and sends the schedule', async () => {
    const user = userEvent.setup();
    let sentAt: string | undefined;
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
      .on('get', '/api/v1/organizations/{id}/monthly-schedules/{month}', () => ({
        status: 200,
        body: schedule(sentAt),
      }))
      .on('post', '/api/v1/organizations/{id}/monthly-schedules/{month}/sending', () => {
        sentAt = '2026-12-01T08:00:00+07:00';
        return { status: 200, body: schedule(sentAt) };
      });
    renderApp(`/organizations/${ids.commune}/monthly-schedule?month=2026-12`, api);

    expect(await screen.findByText('1 chi bộ chưa có lịch sinh hoạt trong tháng:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Chi bộ bản Chu Va' })).toBeInTheDocument();
    expect(screen.getByText('Chưa gửi lịch tháng này.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gửi lịch' }));
    expect(await screen.findByText(/^Đã gửi lúc .* \(canbo\.xa\)\.$/)).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/v1/organizations/${ids.commune}/monthly-schedules/2026-12/sending`)).toHaveLength(
      1,
    );
    await user.click(screen.getByRole('button', { name: 'Tháng sau ›' }));
    await waitFor(() =>
      expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/monthly-schedules/2027-01`)).toHaveLength(1),
    );
  });

  it('opens for a supervisor who received it, without reading the committee; another month stays closed', async () => {
    const user = userEvent.setup();
    const api = defaultApi()
      .on('get', '/api/v1/me', () => ({ status: 200, body: meSupervisor }))
      .on('get', '/api/v1/organizations/{id}', () => outOfScope)
      .on('get', '/api/v1/organizations/{id}/monthly-schedules/{month}', ({ params }) =>
        params.month === '2026-12' ? { status: 200, body: schedule('2026-12-01T08:00:00+07:00') } : outOfScope,
      );
    renderApp(`/organizations/${ids.commune}/monthly-schedule?month=2026-12`, api);

    expect(await screen.findByText('Đảng bộ xã Bình Lư')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Lịch sinh hoạt tháng' })).toBeInTheDocument();
    expect(screen.getByText(/^Đã gửi lúc .* \(canbo\.xa\)\.$/)).toBeInTheDocument();
    expect(screen.getByText('Chi bộ bản Nà Khoang')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Gửi lại|Gửi lịch/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tháng sau ›' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ngoài phạm vi được giao');
  });
});
