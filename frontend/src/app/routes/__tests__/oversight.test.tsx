import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@/lib/api/schema';
import { cellNaKhoang, commune, ids, organization, page } from '@/test/fixtures';
import { makeMeeting, meetingId } from '@/test/meetings-fake';
import { defaultApi, renderApp } from '@/test/render-app';

type S = components['schemas'];
const selectionId = 'cdcdcdcd-0000-4000-8000-000000000001';
const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()).slice(0, 4));

function programme(partial: Partial<S['ModelProgramme']> = {}): S['ModelProgramme'] {
  return {
    id: 'cececece-0000-4000-8000-000000000001',
    committeeId: ids.commune,
    committeeName: 'Đảng bộ xã Bình Lư',
    year,
    quarter: 1,
    subordinateCellCount: 9,
    requiredCount: 2,
    bothKindsRequired: true,
    selections: [
      {
        id: selectionId,
        cellId: ids.cellNaKhoang,
        cellName: 'Chi bộ bản Nà Khoang',
        kind: 'REGULAR',
        meetingId,
        meetingStart: `${year}-02-04T19:30:00+07:00`,
        meetingStatus: 'HELD',
        invitees: ['CELL_MEMBERS', 'SUPERVISORS'],
      },
    ],
    warnings: [{ code: 'model-too-few-cells', message: 'Cần 2 chi bộ mẫu, mới chọn 1.' }],
    version: 2,
    ...partial,
  };
}

describe('model meetings of a committee', () => {
  it('shows the rule and the server’s warning, edits the cells with live shortfalls, and shares lessons', async () => {
    const user = userEvent.setup();
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
      .on('get', '/api/v1/organizations/{id}/model-programmes/{year}', () => ({ status: 200, body: programme() }))
      .on('get', '/api/v1/organizations/{id}/model-lessons', () => ({ status: 200, body: page([]) }))
      .on('get', '/api/v1/organizations/{id}/meetings', () => ({
        status: 200,
        body: page([makeMeeting({ status: 'HELD', title: 'Thường kỳ tháng 2' })]),
      }))
      .on('put', '/api/v1/organizations/{id}/model-programmes/{year}', () => ({ status: 200, body: programme() }))
      .on('put', '/api/v1/model-selections/{id}/lessons', () => ({
        status: 200,
        body: programme({
          selections: [
            {
              ...programme().selections[0],
              lessons: { strengths: 'Chuẩn bị kỹ', by: 'canbo.xa', sharedAt: `${year}-02-05T08:00:00+07:00` },
            },
          ],
        }),
      }));
    renderApp(`/organizations/${ids.commune}/model-meetings`, api);

    expect(await screen.findByText('Cần 2 chi bộ mẫu, mới chọn 1.')).toBeInTheDocument();
    expect(screen.getByText(/một sinh hoạt thường kỳ và một sinh hoạt chuyên đề/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sửa danh sách chi bộ mẫu' }));
    const editor = screen.getByRole('form', { name: `Chương trình sinh hoạt mẫu năm ${year}` });
    expect(within(editor).getByText('Còn thiếu 1 chi bộ theo quy định.')).toBeInTheDocument();
    expect(within(editor).getByText('Chưa có chi bộ Chuyên đề mẫu.')).toBeInTheDocument();
    const linked = within(editor).getByLabelText('Buổi sinh hoạt mẫu');
    await within(editor).findByRole('option', { name: /Thường kỳ tháng 2/ });
    expect(linked).toHaveValue(meetingId);
    await user.click(within(editor).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(api.callsTo('PUT', `/api/v1/organizations/${ids.commune}/model-programmes/${year}`)[0].body).toEqual({
        version: 2,
        quarter: 1,
        selections: [
          {
            cellId: ids.cellNaKhoang,
            kind: 'REGULAR',
            meetingId,
            invitees: ['CELL_MEMBERS', 'SUPERVISORS'],
            inviteeNote: null,
          },
        ],
      }),
    );

    const lessons = screen.getByRole('form', { name: 'Rút kinh nghiệm' });
    await user.click(within(lessons).getByRole('button', { name: 'Lưu và chia sẻ' }));
    expect(within(lessons).getByText('Ghi ít nhất một trong ưu điểm, hạn chế, việc cần làm.')).toBeInTheDocument();
    await user.type(within(lessons).getByLabelText('Ưu điểm'), 'Chuẩn bị kỹ');
    await user.click(within(lessons).getByRole('button', { name: 'Lưu và chia sẻ' }));
    expect(await screen.findByText('Chuẩn bị kỹ')).toBeInTheDocument();
    expect(api.callsTo('PUT', `/api/v1/model-selections/${selectionId}/lessons`)[0].body).toEqual({
      version: 2,
      strengths: 'Chuẩn bị kỹ',
      weaknesses: null,
      actions: null,
    });
  });
});

describe('supervision coverage', () => {
  it("lists the cells in the server's order (not visited first), filters them and moves between quarters", async () => {
    const user = userEvent.setup();
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
      .on('get', '/api/v1/organizations/{id}/supervision-coverage', (req) => ({
        status: 200,
        body: {
          organizationId: ids.commune,
          organizationName: 'Đảng bộ xã Bình Lư',
          year: Number(req.query.get('year')),
          quarter: Number(req.query.get('quarter')),
          from: '2026-10-01',
          to: '2026-12-31',
          requiredPerCell: 1,
          cells: [
            {
              organizationId: ids.cellBan2,
              organizationName: 'Chi bộ bản Chu Va',
              visits: 0,
              required: 1,
              covered: false,
              supervisors: [],
              visitors: [],
            },
            {
              organizationId: ids.cellNaKhoang,
              organizationName: 'Chi bộ bản Nà Khoang',
              visits: 1,
              required: 1,
              covered: true,
              supervisors: ['giamsat'],
              visitors: ['giamsat'],
            },
          ],
          page: 0,
          size: 50,
          totalCells: 2,
          totals: { cells: 2, covered: 1, notCovered: 1, visits: 1 },
        },
      }))
      .on('get', '/api/v1/organizations/{id}/visits', () => ({ status: 200, body: page([]) }))
      .on('get', '/api/v1/organizations/{id}/supervision-teams', () => ({ status: 200, body: page([]) }))
      .on('get', '/api/v1/supervision-reports', () => ({ status: 200, body: page([]) }));
    renderApp(`/organizations/${ids.commune}/supervision`, api);

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Chi bộ bản Chu Va');
    expect(rows[1]).toHaveTextContent('0/1');
    expect(rows[1]).toHaveTextContent('Chưa dự');
    expect(rows[2]).toHaveTextContent('giamsat');
    expect(await screen.findByText('Chưa có lượt dự nào trong quý.')).toBeInTheDocument();

    const first = api.callsTo('GET', `/api/v1/organizations/${ids.commune}/supervision-coverage`)[0].query;
    expect(first.get('covered')).toBeNull();
    expect(first.get('size')).toBe('50');
    await user.click(screen.getByRole('radio', { name: 'Chưa dự đủ' }));
    await waitFor(() =>
      expect(
        api.callsTo('GET', `/api/v1/organizations/${ids.commune}/supervision-coverage`).at(-1)!.query.get('covered'),
      ).toBe('false'),
    );
    await user.click(screen.getByRole('button', { name: 'Quý sau ›' }));
    await waitFor(() => {
      const last = api.callsTo('GET', `/api/v1/organizations/${ids.commune}/supervision-coverage`).at(-1)!.query;
      const q = Number(first.get('quarter'));
      expect(last.get('quarter')).toBe(String(q === 4 ? 1 : q + 1));
    });
  });

  it('assigns a team member to a cell for the month', async () => {
    const user = userEvent.setup();
    const teamId = 'efefefef-0000-4000-8000-000000000001';
    const api = defaultApi()
      .on('get', '/api/v1/organizations', () => ({ status: 200, body: page([cellNaKhoang]) }))
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
      .on('get', '/api/v1/organizations/{id}/supervision-coverage', () => ({
        status: 200,
        body: {
          organizationId: ids.commune,
          organizationName: 'Đảng bộ xã Bình Lư',
          year,
          quarter: 1,
          from: `${year}-01-01`,
          to: `${year}-03-31`,
          requiredPerCell: 1,
          cells: [],
          page: 0,
          size: 50,
          totalCells: 0,
          totals: { cells: 0, covered: 0, notCovered: 0, visits: 0 },
        },
      }))
      .on('get', '/api/v1/organizations/{id}/visits', () => ({ status: 200, body: page([]) }))
      .on('get', '/api/v1/organizations/{id}/supervision-teams', () => ({
        status: 200,
        body: page([
          {
            id: teamId,
            committeeId: ids.commune,
            committeeName: 'Đảng bộ xã Bình Lư',
            name: 'Tổ số 1',
            leaderUsername: 'giamsat',
            members: [{ username: 'giamsat', displayName: 'Giám sát' }],
            version: 1,
          },
        ]),
      }))
      .on('get', '/api/v1/supervision-teams/{id}/assignments/{month}', (req) => ({
        status: 200,
        body: {
          teamId,
          teamName: 'Tổ số 1',
          committeeId: ids.commune,
          month: req.params.month,
          entries: [],
          version: 0,
        },
      }))
      .on('put', '/api/v1/supervision-teams/{id}/assignments/{month}', (req) => ({
        status: 200,
        body: {
          teamId,
          teamName: 'Tổ số 1',
          committeeId: ids.commune,
          month: req.params.month,
          entries: [{ username: 'giamsat', cellId: ids.cellNaKhoang, cellName: 'Chi bộ bản Nà Khoang' }],
          version: 1,
        },
      }));
    renderApp(`/organizations/${ids.commune}/supervision`, api);

    await user.click(await screen.findByRole('button', { name: 'Phân công theo tháng' }));
    const form = await screen.findByRole('form', { name: 'Phân công tháng của Tổ số 1' });
    expect(within(form).getByText('Tháng này chưa phân công ai.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Tìm tổ chức đảng'), 'Na Khoang');
    await user.click(await within(form).findByRole('button', { name: 'Chi bộ bản Nà Khoang' }));
    await user.click(within(form).getByRole('button', { name: 'Thêm phân công' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu phân công tháng' }));
    await waitFor(() =>
      expect(api.callsTo('PUT', `/api/v1/supervision-teams/${teamId}/assignments/${month()}`)).toHaveLength(1),
    );
    expect(api.callsTo('PUT', `/api/v1/supervision-teams/${teamId}/assignments/${month()}`)[0].body).toEqual({
      version: 0,
      entries: [{ username: 'giamsat', cellId: ids.cellNaKhoang }],
    });
    expect(await screen.findByText('Đã lưu phân công.')).toBeInTheDocument();
    expect(screen.getByText('giamsat → Chi bộ bản Nà Khoang')).toBeInTheDocument();
  });
});

describe('supervisors’ reports', () => {
  it('drafts the half-year report from the visits, edits it and submits it', async () => {
    const user = userEvent.setup();
    const reportId = 'fafafafa-0000-4000-8000-000000000001';
    const meSupervisor: S['Me'] = {
      username: 'giamsat',
      displayName: 'Giám sát',
      roles: ['SUPERVISOR'],
      appointments: [],
    };
    let reports: S['SupervisionReport'][] = [];
    const report = (partial: Partial<S['SupervisionReport']> = {}): S['SupervisionReport'] => ({
      id: reportId,
      committeeId: ids.commune,
      committeeName: 'Đảng bộ xã Bình Lư',
      year,
      kind: 'HALF_YEAR',
      periodFrom: `${year}-01-01`,
      periodTo: `${year}-06-30`,
      author: 'giamsat',
      status: 'DRAFT',
      text: 'Đã dự 3 buổi.',
      visitCount: 3,
      cellCount: 2,
      problemCount: 1,
      dueDate: `${year}-06-20`,
      late: false,
      createdAt: `${year}-06-01T08:00:00+07:00`,
      version: 0,
      ...partial,
    });
    const api = defaultApi()
      .on('get', '/api/v1/me', () => ({ status: 200, body: meSupervisor }))
      .on('get', '/api/v1/organizations', () => ({ status: 200, body: page([commune]) }))
      .on('get', '/api/v1/supervision-reports', () => ({ status: 200, body: page(reports) }))
      .on('post', '/api/v1/supervision-reports', () => {
        reports = [report()];
        return { status: 201, body: reports[0] };
      })
      .on('put', '/api/v1/supervision-reports/{id}', (req) => {
        reports = [report({ text: req.body.text, version: 1 })];
        return { status: 200, body: reports[0] };
      })
      .on('post', '/api/v1/supervision-reports/{id}/submission', () => {
        reports = [
          report({ ...reports[0], status: 'SUBMITTED', version: 2, submittedAt: `${year}-06-10T08:00:00+07:00` }),
        ];
        return { status: 200, body: reports[0] };
      });
    renderApp('/supervision-reports', api);

    await user.type(await screen.findByLabelText('Tìm tổ chức đảng'), 'Binh Lu');
    await user.click(await screen.findByRole('button', { name: 'Đảng bộ xã Bình Lư' }));
    await user.click(await screen.findByRole('button', { name: 'Lập báo cáo 6 tháng' }));
    const form = await screen.findByRole('form', { name: 'Sửa Báo cáo 6 tháng' });
    expect(within(form).getByLabelText(/Nội dung báo cáo/)).toHaveValue('Đã dự 3 buổi.');
    await user.type(within(form).getByLabelText(/Nội dung báo cáo/), ' Chi bộ Chu Va chưa được dự.');
    await user.click(within(form).getByRole('button', { name: 'Nộp báo cáo' }));
    expect(await screen.findByText('Đã nộp')).toBeInTheDocument();
    expect(api.callsTo('PUT', `/api/v1/supervision-reports/${reportId}`)[0].body).toEqual({
      version: 0,
      text: 'Đã dự 3 buổi. Chi bộ Chu Va chưa được dự.',
    });
    expect(api.callsTo('POST', `/api/v1/supervision-reports/${reportId}/submission`)[0].body).toEqual({ version: 1 });
    expect(api.callsTo('POST', '/api/v1/supervision-reports')[0].body).toEqual({
      committeeId: ids.commune,
      year,
      kind: 'HALF_YEAR',
    });
  });
});

function month() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()).slice(0, 7);
}
