import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@/lib/api/schema';
import { commune, ids, organization, page } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

type S = components['schemas'];
const templateId = 'bbbbbbbb-0000-4000-8000-000000000002';

const ownTemplate: S['ScoringTemplate'] = {
  id: templateId,
  issuerOrganizationId: ids.commune,
  issuerName: 'Đảng ủy xã',
  name: 'Biểu của xã',
  version: 2,
  validFrom: '2025-01-01',
  meetingTypes: ['REGULAR'],
  catalogueOnly: false,
  reconstructed: false,
  total: 20,
  goodMin: 18,
  fairMin: 14,
  averageMin: 10,
  used: true,
  criteria: [
    {
      code: '1',
      name: 'Chuẩn bị',
      maxPoints: 20,
      gate: false,
      levels: [],
      children: [
        { code: '1.1', name: 'Họp chi ủy', maxPoints: 10, inputType: 'YES_NO', gate: true, levels: [], children: [] },
        {
          code: '1.2',
          name: 'Tài liệu',
          maxPoints: 10,
          inputType: 'LEVEL',
          gate: false,
          levels: [
            { label: 'Đủ', points: 10 },
            { label: 'Thiếu', points: 5 },
          ],
          children: [],
        },
      ],
    },
  ],
};

const centralTemplate: S['ScoringTemplate'] = {
  ...ownTemplate,
  id: 'bbbbbbbb-0000-4000-8000-000000000003',
  issuerOrganizationId: null,
  issuerName: 'Ban Tổ chức Trung ương',
  name: 'Biểu Trung ương',
};

function setup() {
  return defaultApi()
    .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
    .on('get', '/api/v1/organizations/{id}/verifications', () => ({ status: 200, body: page([]) }))
    .on('get', '/api/v1/organizations/{id}/evaluation-report', () => ({
      status: 200,
      body: {
        organizationId: ids.commune,
        from: '2026-01-01',
        to: '2026-12-31',
        evaluations: 0,
        selfRatings: { GOOD: 0, FAIR: 0, AVERAGE: 0, POOR: 0 },
        verifiedRatings: { GOOD: 0, FAIR: 0, AVERAGE: 0, POOR: 0 },
        selfRatingsByCategory: {},
        selfGoodDespiteFailedGate: 0,
        cellGaps: [],
        page: 0,
        size: 50,
        totalCellGaps: 0,
      },
    }))
    .on('get', '/api/v1/organizations/{id}/supervision-assignments', () => ({ status: 200, body: page([]) }))
    .on('get', '/api/v1/organizations/{id}/scoring-templates', () => ({
      status: 200,
      body: page([centralTemplate, ownTemplate]),
    }))
    .on('get', '/api/v1/scoring-templates/{id}', () => ({ status: 200, body: ownTemplate }));
}

const qualityPath = `/organizations/${ids.commune}/quality`;

describe('score-sheet editor (committee staff)', () => {
  it('creates a sheet: adding a criterion updates the sums, the server 409 detail is shown', async () => {
    const user = userEvent.setup();
    const api = setup().on('post', '/api/v1/scoring-templates', () => ({
      status: 409,
      body: {
        type: 'about:blank',
        title: 'Biểu chưa hợp lệ',
        status: 409,
        code: 'template-total',
        detail: 'Tổng điểm tối đa các tiêu chí (10) khác tổng điểm của biểu (100)',
      },
    }));
    renderApp(qualityPath, api);
    await user.click(await screen.findByRole('button', { name: 'Tạo biểu mới' }));
    expect(await screen.findByRole('heading', { name: 'Biểu chấm điểm mới' })).toBeInTheDocument();
    expect(screen.getByText(/Cộng điểm tối đa các tiêu chí: 0 \/ 100/)).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Tên biểu/), 'Biểu mới');
    await user.click(screen.getByRole('button', { name: 'Thêm tiêu chí' }));
    const c1 = screen.getByRole('group', { name: 'Tiêu chí 1' });
    await user.type(within(c1).getByLabelText(/^Nội dung tiêu chí/), 'Thời gian');
    await user.type(within(c1).getByLabelText(/^Điểm tối đa/), '10');
    expect(screen.getByText(/Cộng điểm tối đa các tiêu chí: 10 \/ 100/)).toHaveTextContent('chưa khớp');

    // A sub-criterion makes it a parent with its own sum.
    await user.click(within(c1).getByRole('button', { name: 'Thêm tiêu chí con' }));
    const c11 = within(c1).getByRole('group', { name: 'Tiêu chí 1.1' });
    await user.type(within(c11).getByLabelText(/^Điểm tối đa/), '4');
    expect(within(c1).getByText(/Cộng điểm tiêu chí con: 4 \/ 10/)).toHaveTextContent('chưa khớp');

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Biểu chưa hợp lệ');
    expect(alert).toHaveTextContent('Tổng điểm tối đa các tiêu chí (10) khác tổng điểm của biểu (100)');
    const body = api.callsTo('POST', '/api/v1/scoring-templates')[0].body as S['ScoringTemplateInput'];
    expect(body).toMatchObject({ issuerOrganizationId: ids.commune, name: 'Biểu mới', total: 100 });
    expect(body.criteria[0]).toMatchObject({ code: '1', name: 'Thời gian', maxPoints: 10, inputType: null });
    expect(body.criteria[0].children?.[0]).toMatchObject({ code: '1.1', maxPoints: 4, inputType: 'LEVEL' });
  });

  it('edits a used sheet from the server data with the new-version notice; central sheets offer only copy', async () => {
    const user = userEvent.setup();
    const api = setup().on('put', '/api/v1/scoring-templates/{id}', () => ({
      status: 200,
      body: { ...ownTemplate, version: 3 },
    }));
    renderApp(qualityPath, api);
    const central = (await screen.findByText('Biểu Trung ương')).closest('li')!;
    expect(within(central).queryByRole('button', { name: 'Sửa' })).not.toBeInTheDocument();
    expect(within(central).getByRole('button', { name: 'Áp dụng cho tổ chức này' })).toBeInTheDocument();

    const own = screen.getByText('Biểu của xã').closest('li')!;
    await user.click(within(own).getByRole('button', { name: 'Sửa' }));
    expect(await screen.findByRole('heading', { name: 'Sửa biểu: Biểu của xã' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('phiên bản mới');
    expect(screen.getByText(/Cộng điểm tối đa các tiêu chí: 20 \/ 20/)).not.toHaveTextContent('chưa khớp');

    const c12 = screen.getByRole('group', { name: /^Tiêu chí 1\.2/ });
    expect(within(c12).getAllByLabelText(/^Mức/)[0]).toHaveValue('Đủ');
    // Reorder: 1.2 moves up.
    await user.click(within(c12).getByRole('button', { name: 'Lên' }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu biểu tiêu chí.')).toBeInTheDocument();
    const body = api.callsTo('PUT', `/api/v1/scoring-templates/${templateId}`)[0].body as S['ScoringTemplateInput'];
    expect(body.criteria[0].children?.map((c) => c.code)).toEqual(['1.2', '1.1']);
    expect(body.criteria[0].children?.[0].levels).toEqual([
      { label: 'Đủ', points: 10, min: null, maxShortMinutes: null },
      { label: 'Thiếu', points: 5, min: null, maxShortMinutes: null },
    ]);
  });
});
