import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@/lib/api/schema';
import { commune, ids, organization, page } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

type S = components['schemas'];

const RATING_ID = '44444444-4444-4444-8444-444444444444';

const regulation: S['RatingRegulation'] = {
  code: 'QD366',
  title: 'Quy định 366-QĐ/TW ngày 30/8/2025',
  fromYear: 2025,
  toYear: null,
  excellentMinTasksExceededPercent: 30,
  bands: [
    { level: 'HTXSNV', minPoints: 90 },
    { level: 'HTTNV', minPoints: 70 },
    { level: 'HTNV', minPoints: 50 },
    { level: 'KHTNV', minPoints: 0 },
  ],
  criteria: [
    { subjectType: 'ORGANIZATION', code: 'CHINH_TRI', position: 1, title: 'Nhiệm vụ chính trị', maxPoints: 60 },
    { subjectType: 'ORGANIZATION', code: 'SINH_HOAT', position: 2, title: 'Chất lượng sinh hoạt', maxPoints: 40 },
  ],
};

const row = (partial: Partial<S['AnnualRatingRow']> = {}): S['AnnualRatingRow'] => ({
  id: RATING_ID,
  cycleId: '55555555-5555-4555-8555-555555555555',
  year: 2026,
  regulationCode: 'QD366',
  subjectType: 'ORGANIZATION',
  subjectId: ids.cellNaKhoang,
  subjectName: 'Chi bộ bản Nà Khoang',
  organizationId: ids.cellNaKhoang,
  organizationName: 'Chi bộ bản Nà Khoang',
  revision: 1,
  state: 'PENDING',
  version: 0,
  actions: ['SELF_ASSESS'],
  ...partial,
});

const detail = (r: S['AnnualRatingRow'], warnings: S['AnnualRating']['warnings'] = []): S['AnnualRating'] => ({
  rating: r,
  scores: {},
  suggested: {
    cellId: ids.cellNaKhoang,
    regularMonthsHeld: 11,
    monthsByRating: { GOOD: 8, FAIR: 2, AVERAGE: 1, POOR: 0 },
    monthsNotEvaluated: 0,
    tasks: 10,
    tasksCompleted: 9,
    tasksExceeded: 2,
  },
  warnings,
  history: [],
});

function ratingsApi(items: S['AnnualRatingRow'][]) {
  return defaultApi()
    .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
    .on('get', '/api/v1/rating-regulations', () => ({ status: 200, body: [regulation] }))
    .on('get', '/api/v1/organizations/{id}/annual-ratings', () => ({
      status: 200,
      body: page(items, items.length, 0, 20),
    }))
    .on('get', '/api/v1/annual-ratings/{id}', () => ({ status: 200, body: detail(row()) }))
    .on('post', '/api/v1/annual-ratings/{id}/self-assessment', () => ({
      status: 200,
      body: detail(row({ state: 'SELF_ASSESSED', level: 'HTXSNV', selfPoints: 90, version: 1, actions: [] }), [
        {
          code: 'rating-excellent-tasks',
          rule: 'BR-S3',
          message: 'BR-S3: mức Hoàn thành xuất sắc nhiệm vụ cần ít nhất 30% nhiệm vụ vượt yêu cầu; đã khai 20%.',
        },
      ]),
    }))
    .on('post', '/api/v1/organizations/{id}/rating-cycles', () => ({
      status: 201,
      body: {
        id: '55555555-5555-4555-8555-555555555555',
        organizationId: ids.commune,
        organizationName: 'Đảng bộ xã Bình Lư',
        year: 2026,
        regulationCode: 'QD366',
        regulationTitle: regulation.title,
        openedAt: '2026-12-06T12:00:00+07:00',
        openedBy: 'canbo.xa',
        organizations: 12,
        members: 300,
      },
    }));
}

describe('annual quality rating screen', () => {
  it('lists the year, and self-assesses a cell offering only the levels its points allow (BR-S3)', async () => {
    const user = userEvent.setup();
    const api = ratingsApi([row()]);
    renderApp(`/organizations/${ids.commune}/annual-ratings?year=2026`, api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Xếp loại chất lượng hằng năm' })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Chờ tự đánh giá')).toBeInTheDocument();
    expect(api.callsTo('get', `/api/v1/organizations/${ids.commune}/annual-ratings`)[0].query.get('year')).toBe('2026');

    await user.click(within(table).getByRole('button', { name: 'Tự đánh giá' }));
    const form = await screen.findByRole('region', { name: 'Tự đánh giá' });
    expect(within(form).getByText(/11 tháng sinh hoạt thường kỳ \(Tốt 8, Khá 2/)).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Nhiệm vụ chính trị (tối đa 60 điểm)'), '50');
    await user.type(within(form).getByLabelText('Chất lượng sinh hoạt (tối đa 40 điểm)'), '39,99');
    const level = within(form).getByLabelText(/Mức xếp loại/);
    // 89.99 points: HTXSNV is not offered.
    expect(within(level).queryByRole('option', { name: 'Hoàn thành xuất sắc nhiệm vụ' })).toBeNull();
    await user.clear(within(form).getByLabelText('Chất lượng sinh hoạt (tối đa 40 điểm)'));
    await user.type(within(form).getByLabelText('Chất lượng sinh hoạt (tối đa 40 điểm)'), '40');
    await user.selectOptions(level, 'HTXSNV');
    await user.type(within(form).getByLabelText('Tỷ lệ nhiệm vụ vượt yêu cầu (%)'), '20');
    await user.click(within(form).getByRole('button', { name: 'Tự đánh giá' }));

    expect(await within(form).findByText(/cần ít nhất 30% nhiệm vụ vượt yêu cầu/)).toBeInTheDocument();
    expect(within(form).getByRole('status')).toHaveTextContent('Đã lưu: Đã tự đánh giá.');
    const [post] = api.callsTo('post', `/api/v1/annual-ratings/${RATING_ID}/self-assessment`);
    expect(post.body).toMatchObject({
      version: 0,
      level: 'HTXSNV',
      scores: { CHINH_TRI: 50, SINH_HOAT: 40 },
      tasksExceededPercent: 20,
      shortcomingsFixed: false,
      subordinateDisciplined: false,
    });
  });

  it('shows the upper committee the months and ratings by cell type on demand (BR-E8)', async () => {
    const user = userEvent.setup();
    const api = ratingsApi([row()]).on('get', '/api/v1/organizations/{id}/rating-distribution', () => ({
      status: 200,
      body: {
        organizationId: ids.commune,
        year: 2026,
        categories: [
          {
            categoryCode: 'THON_BAN_TDP',
            categoryLabel: 'Thôn, bản, tổ dân phố',
            cells: 12,
            regularMonthsHeld: 130,
            monthsByRating: { GOOD: 90, FAIR: 30, AVERAGE: 4, POOR: 1 },
            monthsNotEvaluated: 5,
            cellsByLevel: { HTXSNV: 2, HTTNV: 8, HTNV: 1, KHTNV: 0 },
            cellsNotRated: 1,
          },
        ],
      },
    }));
    renderApp(`/organizations/${ids.commune}/annual-ratings?year=2026`, api);
    await screen.findByRole('table');
    expect(api.callsTo('get', `/api/v1/organizations/${ids.commune}/rating-distribution`)).toHaveLength(0);

    const section = screen.getByRole('region', { name: 'Phân bố theo loại hình chi bộ' });
    await user.click(within(section).getByRole('button', { name: 'Xem phân bố' }));
    const village = await within(section).findByRole('row', { name: /Thôn, bản, tổ dân phố/ });
    expect(
      within(village)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['12', '130', '90', '30', '4', '1', '5', '2', '8', '1', '0', '1']);
    expect(api.callsTo('get', `/api/v1/organizations/${ids.commune}/rating-distribution`)[0].query.get('year')).toBe(
      '2026',
    );
  });

  it("shows a member their attendance over the year beside the cell's months (BR-E8)", async () => {
    const user = userEvent.setup();
    const member = row({ subjectType: 'MEMBER', subjectName: 'Lò Văn An' });
    const api = ratingsApi([member]).on('get', '/api/v1/annual-ratings/{id}', () => ({
      status: 200,
      body: {
        ...detail(member),
        memberAttendance: {
          memberId: ids.cellNaKhoang,
          meetingsRecorded: 12,
          attended: 10,
          absentExcused: 1,
          absentUnexcused: 1,
          attendedPercent: 83.3,
        },
      },
    }));
    renderApp(`/organizations/${ids.commune}/annual-ratings?year=2026`, api);
    await user.click(within(await screen.findByRole('table')).getByRole('button', { name: 'Tự đánh giá' }));
    const form = await screen.findByRole('region', { name: 'Tự đánh giá' });
    expect(
      await within(form).findByText(
        /Dự sinh hoạt trong năm: 10\/12 buổi \(83,3%\), vắng có lý do 1, vắng không lý do 1/,
      ),
    ).toBeInTheDocument();
  });

  it('offers to open the rating cycle of the year when nothing is rated yet', async () => {
    const user = userEvent.setup();
    const api = ratingsApi([]);
    renderApp(`/organizations/${ids.commune}/annual-ratings?year=2026`, api);
    await user.click(await screen.findByRole('button', { name: 'Mở đợt xếp loại năm 2026' }));
    const [post] = api.callsTo('post', `/api/v1/organizations/${ids.commune}/rating-cycles`);
    expect(post.body).toEqual({ year: 2026 });
  });
});
