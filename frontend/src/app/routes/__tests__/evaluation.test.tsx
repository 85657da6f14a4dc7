import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@/lib/api/schema';
import { commune, ids, organization, page } from '@/test/fixtures';
import { installFakeMeetings, makeMeeting, meetingId } from '@/test/meetings-fake';
import { defaultApi, renderApp } from '@/test/render-app';

type S = components['schemas'];
const templateId = 'bbbbbbbb-0000-4000-8000-000000000001';
const evalPath = `/api/v1/meetings/${meetingId}/evaluation`;

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
const meSupervisor: S['Me'] = { username: 'giamsat', displayName: 'Giám sát', roles: ['SUPERVISOR'], appointments: [] };

const template: S['ScoringTemplate'] = {
  id: templateId,
  issuerName: 'Tỉnh ủy',
  name: 'Biểu 100 điểm',
  version: 1,
  validFrom: '2025-01-01',
  meetingTypes: ['REGULAR'],
  catalogueOnly: false,
  reconstructed: false,
  total: 30,
  goodMin: 27,
  fairMin: 21,
  averageMin: 15,
  used: true,
  criteria: [
    {
      code: '1',
      name: 'Thời gian và tỷ lệ dự họp',
      maxPoints: 20,
      gate: true,
      levels: [],
      children: [
        { code: '1.1', name: 'Thời lượng', maxPoints: 10, inputType: 'AUTO', gate: false, levels: [], children: [] },
        {
          code: '1.2',
          name: 'Chuẩn bị nội dung',
          maxPoints: 10,
          inputType: 'LEVEL',
          gate: false,
          levels: [
            { label: 'Tốt', points: 10 },
            { label: 'Chưa tốt', points: 5 },
          ],
          children: [],
        },
      ],
    },
    { code: '2', name: 'Có họp chi ủy', maxPoints: 10, inputType: 'YES_NO', gate: true, levels: [], children: [] },
  ],
};

const score = (code: string, name: string, maxPoints: number, extra: Partial<S['EvaluationScore']> = {}) => ({
  code,
  name,
  maxPoints,
  gate: false,
  ...extra,
});

function makeEvaluation(partial: Partial<S['Evaluation']> = {}): S['Evaluation'] {
  return {
    meetingId,
    templateId,
    templateName: 'Biểu 100 điểm',
    status: 'NOT_STARTED',
    scores: [
      score('1.1', 'Thời lượng', 10, { autoPoints: 10 }),
      score('1.2', 'Chuẩn bị nội dung', 10),
      score('2', 'Có họp chi ủy', 10, { gate: true }),
    ],
    selfTotal: 0,
    selfRating: 'POOR',
    selfFailedGates: [],
    reasons: [],
    verifiedFailedGates: [],
    dueDate: '2026-03-11',
    overdue: false,
    version: 0,
    ...partial,
  };
}

function setup(evaluation = makeEvaluation(), me = meSecretary) {
  const api = defaultApi().on('get', '/api/v1/me', () => ({ status: 200, body: me }));
  installFakeMeetings(api, makeMeeting({ status: 'HELD' }));
  api
    .on('get', '/api/v1/meetings/{id}/evaluation', () => ({ status: 200, body: evaluation }))
    .on('get', '/api/v1/scoring-templates/{id}', () => ({ status: 200, body: template }));
  return api;
}

describe('meeting screen: evaluation step', () => {
  it('asks for a justification when a score departs from the automatic value, then shows the server’s rating and reasons', async () => {
    const user = userEvent.setup();
    let saved: S['Evaluation'] | undefined;
    const api = setup()
      .on('get', '/api/v1/meetings/{id}/evaluation', () => ({ status: 200, body: saved ?? makeEvaluation() }))
      .on('put', '/api/v1/meetings/{id}/evaluation', (req) => ({
        status: 200,
        body: (saved = makeEvaluation({
          status: 'DRAFT',
          version: 1,
          selfTotal: 25,
          selfRating: 'FAIR',
          selfFailedGates: ['2'],
          reasons: ['25 điểm: từ 21 đến dưới 27 là Khá', 'Tiêu chí 2 chưa đạt tối đa'],
          scores: req.body.scores.map((s) => ({ ...score(s.code, s.code, 10), selfPoints: s.points })),
        })),
      }));
    renderApp(`/meetings/${meetingId}/evaluation`, api);

    const duration = await screen.findByRole('spinbutton', { name: '1.1 Điểm' });
    expect(duration).toHaveValue(10);
    expect(screen.getAllByText('tự động').length).toBeGreaterThan(0);
    expect(screen.queryByLabelText(/Lý do khác giá trị tự động/)).not.toBeInTheDocument();

    await user.clear(duration);
    await user.type(duration, '5');
    const justification = await screen.findByLabelText(/Lý do khác giá trị tự động/);
    await user.click(screen.getByRole('radio', { name: /Tốt \(10\)/ }));
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Có họp chi ủy' })).getByRole('radio', { name: /Không đạt/ }),
    );

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Ghi lý do khi điểm khác giá trị tự động.')).toBeInTheDocument();
    expect(api.callsTo('PUT', evalPath)).toHaveLength(0);

    await user.type(justification, 'Họp thiếu giờ');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.callsTo('PUT', evalPath)).toHaveLength(1));
    expect(api.callsTo('PUT', evalPath)[0].body).toEqual({
      version: 0,
      scores: [
        { code: '1.1', points: 5, justification: 'Họp thiếu giờ' },
        { code: '1.2', points: 10, justification: null },
        { code: '2', points: 0, justification: null },
      ],
      comment: null,
      proposedRating: null,
    });
    expect(await screen.findByText('Kết quả máy chủ tính: 25 điểm, xếp loại Khá')).toBeInTheDocument();
    expect(screen.getByText('Tiêu chí 2 chưa đạt tối đa')).toBeInTheDocument();
    expect(screen.getByText('Tiêu chí bắt buộc chưa đạt tối đa: 2')).toBeInTheDocument();
  });

  it('shows the 409 refusal of a Tốt that breaks a gate', async () => {
    const user = userEvent.setup();
    const api = setup().on('put', '/api/v1/meetings/{id}/evaluation', () => ({
      status: 409,
      body: {
        type: 'about:blank',
        title: 'Không thể xếp loại Tốt',
        status: 409,
        code: 'rating-gate-failed',
        detail: 'Tiêu chí bắt buộc chưa đạt tối đa: 2',
      },
    }));
    renderApp(`/meetings/${meetingId}/evaluation`, api);
    await screen.findByRole('spinbutton', { name: '1.1 Điểm' });
    await user.selectOptions(screen.getByLabelText('Đề xuất xếp loại (không bắt buộc)'), 'GOOD');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không thể xếp loại Tốt');
    expect(alert).toHaveTextContent('Tiêu chí bắt buộc chưa đạt tối đa: 2');
    expect(api.callsTo('PUT', evalPath)[0].body).toMatchObject({ proposedRating: 'GOOD' });
  });

  it('is read-only once verified, with both columns and the signature', async () => {
    const verified = makeEvaluation({
      status: 'VERIFIED',
      version: 3,
      selfTotal: 30,
      selfRating: 'GOOD',
      verifiedTotal: 25,
      verifiedRating: 'FAIR',
      verifier: 'giamsat',
      verifiedAt: '2026-03-06T03:00:00Z',
      contentHash: 'abc123',
      verifierComment: 'Chưa chuẩn bị kỹ',
      scores: [
        score('1.1', 'Thời lượng', 10, { autoPoints: 10, selfPoints: 10, verifierPoints: 10 }),
        score('1.2', 'Chuẩn bị nội dung', 10, { selfPoints: 10, verifierPoints: 5, verifierComment: 'Tài liệu muộn' }),
        score('2', 'Có họp chi ủy', 10, { selfPoints: 10, verifierPoints: 10 }),
      ],
    });
    renderApp(`/meetings/${meetingId}/evaluation`, setup(verified));
    expect(await screen.findByText('Kết quả thẩm định: 25 điểm, xếp loại Khá')).toBeInTheDocument();
    expect(screen.getByText(/Ký xác nhận: giamsat/)).toBeInTheDocument();
    expect(screen.getByText('Mã kiểm tra nội dung: abc123')).toBeInTheDocument();
    expect(screen.getByText('Tài liệu muộn')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Cấp trên chấm' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu' })).not.toBeInTheDocument();
  });
});

describe('verification', () => {
  const submitted = makeEvaluation({
    status: 'SUBMITTED',
    version: 2,
    selfTotal: 30,
    selfRating: 'GOOD',
    scores: [
      score('1.1', 'Thời lượng', 10, { autoPoints: 10, selfPoints: 10 }),
      score('1.2', 'Chuẩn bị nội dung', 10, { selfPoints: 10 }),
      score('2', 'Có họp chi ủy', 10, { selfPoints: 10 }),
    ],
  });

  it('lists the queue with an overdue badge', async () => {
    const api = setup(submitted, meSupervisor).on('get', '/api/v1/me/verifications', () => ({
      status: 200,
      body: {
        page: 0,
        size: 50,
        total: 1,
        items: [
          {
            meetingId,
            organizationId: ids.cellNaKhoang,
            organizationName: 'Chi bộ bản Nà Khoang',
            meetingType: 'REGULAR',
            scheduledStart: '2026-03-04T12:30:00Z',
            status: 'SUBMITTED',
            selfRating: 'GOOD',
            selfTotal: 30,
            dueDate: '2026-03-11',
            overdue: true,
          },
        ],
      },
    }));
    renderApp('/verifications', api);
    expect(await screen.findByText('Chi bộ bản Nà Khoang')).toBeInTheDocument();
    expect(screen.getByText('Quá hạn')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Thẩm định' }).map((a) => a.getAttribute('href'))).toContain(
      `/verifications/${meetingId}`,
    );
  });

  it('needs a reason to return, and signs with the changed score and comments', async () => {
    const user = userEvent.setup();
    const api = setup(submitted, meSupervisor).on('post', '/api/v1/meetings/{id}/evaluation/verify', (req) => ({
      status: 200,
      body: {
        ...submitted,
        status: 'VERIFIED',
        version: 3,
        verifiedTotal: 25,
        verifiedRating: req.body.decision === 'SIGN' ? 'FAIR' : null,
        verifier: 'giamsat',
        verifiedAt: '2026-03-06T03:00:00Z',
        contentHash: 'ffff',
      },
    }));
    renderApp(`/verifications/${meetingId}`, api);
    const input = await screen.findByRole('spinbutton', { name: '1.2 Cấp trên chấm' });
    expect(input).toHaveValue(10);

    await user.click(screen.getByRole('button', { name: 'Trả lại' }));
    expect(await screen.findByText('Ghi lý do trả lại.')).toBeInTheDocument();
    expect(api.callsTo('POST', `${evalPath}/verify`)).toHaveLength(0);

    await user.clear(input);
    await user.type(input, '5');
    await user.type(screen.getByLabelText('Nhận xét tiêu chí 1.2'), 'Tài liệu muộn');
    await user.type(screen.getByLabelText('Nhận xét chung'), 'Cần chuẩn bị kỹ hơn');
    await user.click(screen.getByRole('button', { name: 'Ký xác nhận' }));
    await waitFor(() => expect(api.callsTo('POST', `${evalPath}/verify`)).toHaveLength(1));
    expect(api.callsTo('POST', `${evalPath}/verify`)[0].body).toEqual({
      version: 2,
      decision: 'SIGN',
      scores: [
        { code: '1.1', points: 10, comment: null },
        { code: '1.2', points: 5, comment: 'Tài liệu muộn' },
        { code: '2', points: 10, comment: null },
      ],
      comment: 'Cần chuẩn bị kỹ hơn',
    });
    expect(await screen.findByText('Kết quả thẩm định: 25 điểm, xếp loại Khá')).toBeInTheDocument();
  });
});

describe('meeting screen: evaluation step, server refusals', () => {
  it('puts the server’s justification error next to the criterion it names', async () => {
    const user = userEvent.setup();
    const api = setup().on('put', '/api/v1/meetings/{id}/evaluation', () => ({
      status: 400,
      body: {
        type: 'about:blank',
        title: 'Dữ liệu không hợp lệ',
        status: 400,
        code: 'validation',
        errors: [{ field: 'scores[0].justification', message: 'Cần ghi lý do khi khác giá trị tự động (10)' }],
      },
    }));
    renderApp(`/meetings/${meetingId}/evaluation`, api);
    const duration = await screen.findByRole('spinbutton', { name: '1.1 Điểm' });
    await user.clear(duration);
    await user.type(duration, '5');
    await user.type(await screen.findByLabelText(/Lý do khác giá trị tự động/), 'x');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    const leaf = (await screen.findByText('Cần ghi lý do khi khác giá trị tự động (10)')).closest('fieldset');
    expect(leaf).toHaveAttribute('data-code', '1.1');
  });
});

describe('meeting quality of a subtree (committee staff)', () => {
  it('shows pending verifications, the report and the assignments', async () => {
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
      .on('get', '/api/v1/organizations/{id}/verifications', () => ({
        status: 200,
        body: {
          page: 0,
          size: 50,
          total: 1,
          items: [
            {
              meetingId,
              organizationId: ids.cellNaKhoang,
              organizationName: 'Chi bộ bản Nà Khoang',
              meetingType: 'REGULAR',
              scheduledStart: '2026-03-04T12:30:00Z',
              status: 'SUBMITTED',
              selfRating: 'GOOD',
              selfTotal: 95,
              dueDate: '2026-03-11',
              overdue: true,
            },
          ],
        },
      }))
      .on('get', '/api/v1/organizations/{id}/evaluation-report', () => ({
        status: 200,
        body: {
          organizationId: ids.commune,
          from: '2026-01-01',
          to: '2026-12-31',
          evaluations: 4,
          selfRatings: { GOOD: 3, FAIR: 1, AVERAGE: 0, POOR: 0 },
          verifiedRatings: { GOOD: 1, FAIR: 2, AVERAGE: 0, POOR: 0 },
          selfRatingsByCategory: {},
          selfGoodDespiteFailedGate: 2,
          cellGaps: [
            {
              organizationId: ids.cellNaKhoang,
              organizationName: 'Chi bộ bản Nà Khoang',
              evaluations: 4,
              meanSelf: 93,
              meanVerified: 86.5,
              gap: 6.5,
            },
          ],
          page: 0,
          size: 50,
          totalCellGaps: 1,
        },
      }))
      .on('get', '/api/v1/organizations/{id}/supervision-assignments', () => ({
        status: 200,
        body: {
          page: 0,
          size: 50,
          total: 1,
          items: [
            {
              id: 'cccccccc-0000-4000-8000-000000000001',
              supervisorUsername: 'giamsat',
              cellId: ids.cellNaKhoang,
              cellName: 'Chi bộ bản Nà Khoang',
              delegate: false,
              validFrom: '2025-07-01',
              validTo: null,
            },
          ],
        },
      }))
      .on('get', '/api/v1/organizations/{id}/scoring-templates', () => ({ status: 200, body: page([template]) }));
    renderApp(`/organizations/${ids.commune}/quality`, api);
    expect(await screen.findByRole('heading', { name: 'Chất lượng sinh hoạt' })).toBeInTheDocument();
    expect(await screen.findByText('Quá hạn', { selector: '.badge' })).toBeInTheDocument();
    expect(await screen.findByText('Tự xếp Tốt dù có tiêu chí bắt buộc chưa đạt: 2')).toBeInTheDocument();
    const good = screen.getByRole('row', { name: /^Tốt/ });
    expect(
      within(good)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '1']);
    expect(screen.getByText('giamsat')).toBeInTheDocument();
    expect(await screen.findByText('Biểu 100 điểm')).toBeInTheDocument();

    // The lists grow with the subtree: a page at a time, the overdue ones through the server's filter.
    const pending = () => api.callsTo('GET', `/api/v1/organizations/${ids.commune}/verifications`);
    expect(pending()[0].query.get('size')).toBe('50');
    expect(pending()[0].query.get('overdue')).toBeNull();
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Quá hạn' }));
    await waitFor(() => expect(pending().at(-1)!.query.get('overdue')).toBe('true'));
  });

  it('lets the supervisor of a held meeting record the visit with its problems', async () => {
    const user = userEvent.setup();
    const api = setup(makeEvaluation({ status: 'SUBMITTED', version: 2 }), meSupervisor).on(
      'post',
      '/api/v1/meetings/{id}/visits',
      (req) => ({
        status: 201,
        body: {
          id: 'dededede-0000-4000-8000-000000000001',
          meetingId,
          cellId: ids.cellNaKhoang,
          cellName: 'Chi bộ bản Nà Khoang',
          supervisorUsername: 'giamsat',
          basis: 'STANDING',
          visitedOn: '2026-03-04',
          comments: req.body.comments,
          problems: req.body.problems ?? [],
          createdAt: '2026-03-04T22:00:00+07:00',
        },
      }),
    );
    renderApp(`/meetings/${meetingId}/evaluation`, api);
    const form = await screen.findByRole('form', { name: 'Ghi nhận dự sinh hoạt' });
    await user.type(within(form).getByLabelText('Vấn đề đặt ra'), 'Chưa đủ tài liệu{enter}{enter}Ít phát biểu');
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận đã dự' }));
    expect(await screen.findByText('Đã ghi nhận lượt dự ngày 04/03/2026.')).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/v1/meetings/${meetingId}/visits`)[0].body).toEqual({
      comments: null,
      problems: ['Chưa đủ tài liệu', 'Ít phát biểu'],
    });
  });
});
