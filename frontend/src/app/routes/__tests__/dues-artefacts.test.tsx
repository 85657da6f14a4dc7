import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cellNaKhoang, commune, ids, organization } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';
import type { components } from '@/lib/api/schema';

const pan = '77777777-7777-4777-8777-777777777771';
const xuan = '77777777-7777-4777-8777-777777777772';

describe('party dues (BR-H6)', () => {
  it('records a month for the cell in one call, with the version read and the reason of an exemption', async () => {
    const user = userEvent.setup();
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(cellNaKhoang) }))
      .on('get', '/api/v1/organizations/{id}/dues/{month}', ({ params }) => ({
        status: 200,
        body: {
          organizationId: ids.cellNaKhoang,
          month: params.month,
          version: 2,
          recordedAt: null,
          recordedBy: null,
          lines: [
            { memberId: pan, fullName: 'Lò Văn Pản', status: 'PAID', reason: null },
            { memberId: xuan, fullName: 'Tòng Thị Xuân', status: null, reason: null },
          ],
        },
      }))
      .on('put', '/api/v1/organizations/{id}/dues/{month}', ({ params, body }) => ({
        status: 200,
        body: {
          organizationId: ids.cellNaKhoang,
          month: params.month,
          version: 3,
          recordedAt: '2026-12-06T12:00:00+07:00',
          recordedBy: 'canbo.xa',
          lines: [
            { memberId: pan, fullName: 'Lò Văn Pản', status: 'UNPAID', reason: null },
            { memberId: xuan, fullName: 'Tòng Thị Xuân', status: 'EXEMPT', reason: body.lines[1]?.reason ?? null },
          ],
        },
      }));
    renderApp(`/organizations/${ids.cellNaKhoang}/dues`, api);

    await user.selectOptions(await screen.findByLabelText('Đảng phí của Lò Văn Pản'), 'UNPAID');
    await user.selectOptions(screen.getByLabelText('Đảng phí của Tòng Thị Xuân'), 'EXEMPT');
    await user.type(screen.getByLabelText('Lý do miễn đảng phí của Tòng Thị Xuân'), 'Ốm dài ngày');
    await user.click(screen.getByRole('button', { name: 'Lưu đảng phí tháng' }));

    await screen.findByText('Đã lưu.');
    const put = api.calls.filter((c) => c.method === 'PUT');
    expect(put).toHaveLength(1);
    expect(put[0]!.body).toEqual({
      version: 2,
      lines: [
        { memberId: pan, status: 'UNPAID', reason: null },
        { memberId: xuan, status: 'EXEMPT', reason: 'Ốm dài ngày' },
      ],
    });
  });
});

type Checklist = components['schemas']['ArtefactChecklist'];
type Kind = components['schemas']['ArtefactKind'];

/** The commune's checklist for 2026, one cell (Nà Khoang) with one artefact, and the tick endpoint. */
function checklistApi(checklist: Partial<Checklist>, storedYear?: number) {
  return defaultApi()
    .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
    .on('get', '/api/v1/organizations/{id}/artefact-checklist', () => ({
      status: 200,
      body: {
        organizationId: ids.commune,
        year: 2026,
        expected: [],
        due: '2026-03-31',
        cells: 1,
        completeCells: 0,
        counts: [],
        items: [],
        page: 0,
        size: 50,
        total: 1,
        ...checklist,
      },
    }))
    .on('put', '/api/v1/organizations/{id}/artefacts/{year}/{kind}', ({ params, body }) => ({
      status: 200,
      body: {
        kind: params.kind as Kind,
        year: storedYear ?? Number(params.year),
        adoptedOn: body.adoptedOn,
        reference: null,
      },
    }));
}

function naKhoang(has: Kind, missing: Kind[]): Checklist['items'][number] {
  return {
    organizationId: ids.cellNaKhoang,
    organizationName: 'Chi bộ bản Nà Khoang',
    artefacts: [{ kind: has, year: 2026, adoptedOn: '2026-01-10', reference: null }],
    missing,
    level: 'WARN',
  };
}

describe('artefacts checklist (BR-P7)', () => {
  it('shows the cells x kinds with counts and ticks a missing artefact', async () => {
    const user = userEvent.setup();
    const api = checklistApi({
      expected: ['WORK_PROGRAMME', 'INSPECTION_PROGRAMME'],
      counts: [
        { kind: 'WORK_PROGRAMME', cells: 1 },
        { kind: 'INSPECTION_PROGRAMME', cells: 0 },
      ],
      items: [naKhoang('WORK_PROGRAMME', ['INSPECTION_PROGRAMME'])],
    });
    renderApp(`/organizations/${ids.commune}/artefacts?year=2026`, api);

    const table = await screen.findByRole('table', { name: 'Chương trình, phân công, cam kết năm 2026' });
    expect(within(table).getByText('Quá hạn, còn thiếu')).toBeInTheDocument();
    expect(screen.getByText(/0\/1 chi bộ đã đủ/)).toBeInTheDocument();
    await user.click(within(table).getByLabelText('Chương trình kiểm tra, giám sát — Chi bộ bản Nà Khoang'));
    await waitFor(() =>
      expect(
        api.callsTo('PUT', `/api/v1/organizations/${ids.cellNaKhoang}/artefacts/2026/INSPECTION_PROGRAMME`),
      ).toHaveLength(1),
    );
  });

  it('shows the kinds expected once per term with their term, ticked for the year shown', async () => {
    const user = userEvent.setup();
    const api = checklistApi(
      {
        expected: ['MEMBER_COMMITMENTS'],
        counts: [
          { kind: 'MEMBER_COMMITMENTS', cells: 1 },
          { kind: 'WORK_PROGRAMME', cells: 0 },
        ],
        items: [naKhoang('MEMBER_COMMITMENTS', ['WORK_PROGRAMME'])],
        term: { startYear: 2025, endYear: 2029, expected: ['WORK_PROGRAMME'], due: '2025-03-31' },
      },
      2025,
    );
    renderApp(`/organizations/${ids.commune}/artefacts?year=2026`, api);

    const table = await screen.findByRole('table', { name: 'Chương trình, phân công, cam kết năm 2026' });
    expect(
      within(table).getByRole('columnheader', { name: /Chương trình công tác\s*\(nhiệm kỳ 2025–2029\)/ }),
    ).toBeInTheDocument();
    await user.click(within(table).getByLabelText('Chương trình công tác — Chi bộ bản Nà Khoang'));
    await waitFor(() =>
      expect(
        api.callsTo('PUT', `/api/v1/organizations/${ids.cellNaKhoang}/artefacts/2026/WORK_PROGRAMME`),
      ).toHaveLength(1),
    );
  });
});
