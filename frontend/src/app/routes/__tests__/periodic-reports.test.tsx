import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@/lib/api/schema';
import { commune, ids, organization, page } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

type S = components['schemas'];

const REPORT_ID = '66666666-6666-4666-8666-666666666666';

const report = (partial: Partial<S['PeriodicReport']> = {}): S['PeriodicReport'] => ({
  id: REPORT_ID,
  organizationId: ids.commune,
  organizationName: 'Đảng bộ xã Bình Lư',
  recipientId: ids.province,
  recipientName: 'Huyện ủy Tam Đường',
  kind: 'QUARTERLY',
  period: '2026-Q3',
  from: '2026-07-01',
  to: '2026-09-30',
  dueDate: '2026-10-05',
  status: 'DRAFT',
  late: false,
  revision: 0,
  sections: { results: 'Sinh hoạt đều đặn.' },
  figures: { asOf: '2026-12-06' },
  signature: null,
  updatedAt: '2026-12-06T12:00:00+07:00',
  updatedBy: 'canbo.xa',
  version: 3,
  ...partial,
});

const row = (r: S['PeriodicReport']): S['PeriodicReportRow'] => ({
  id: r.id,
  kind: r.kind,
  period: r.period,
  dueDate: r.dueDate,
  status: r.status,
  late: r.late,
  revision: r.revision,
  submittedAt: r.submittedAt,
  updatedAt: r.updatedAt,
});

function reportsApi(current: S['PeriodicReport']) {
  return defaultApi()
    .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
    .on('get', '/api/v1/organizations/{id}/periodic-reports', () => ({
      status: 200,
      body: page([row(current)], 1, 0, 20),
    }))
    .on('post', '/api/v1/organizations/{id}/periodic-reports', () => ({ status: 201, body: report() }))
    .on('get', '/api/v1/organizations/{id}/report-submissions', () => ({
      status: 200,
      body: {
        kind: 'QUARTERLY',
        period: '2026-Q3',
        counts: { submitted: 1, late: 1, missing: 1, notDue: 0 },
        items: [
          {
            organizationId: ids.cellNaKhoang,
            organizationName: 'Đảng bộ Nà Khoang',
            status: 'MISSING',
            dueDate: '2026-10-05',
            revision: 0,
          },
          {
            organizationId: ids.cellBan2,
            organizationName: 'Đảng bộ Chu Va',
            status: 'LATE',
            dueDate: '2026-10-05',
            reportId: REPORT_ID,
            reportStatus: 'SUBMITTED',
            revision: 1,
            submittedAt: '2026-10-07T09:00:00+07:00',
          },
        ],
        page: 0,
        size: 50,
        total: 2,
      },
    }))
    .on('get', '/api/v1/periodic-reports/{id}', () => ({ status: 200, body: current }))
    .on('put', '/api/v1/periodic-reports/{id}', () => ({
      status: 200,
      body: report({ version: 4, sections: { results: 'Sinh hoạt đều đặn, đủ 3 tháng.' } }),
    }))
    .on('post', '/api/v1/periodic-reports/{id}/resubmission', () => ({
      status: 200,
      body: report({ status: 'SUBMITTED', revision: 2, version: 6 }),
    }))
    .on('get', '/api/v1/periodic-reports/{id}/revisions', () => ({ status: 200, body: page([]) }));
}

describe('periodic reports', () => {
  it('lists the committee reports, drafts one for a period and shows who below has reported', async () => {
    const user = userEvent.setup();
    const api = reportsApi(report({ status: 'SUBMITTED', late: true, revision: 1 }));
    const { location } = renderApp(`/organizations/${ids.commune}/periodic-reports`, api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo định kỳ' })).toBeInTheDocument();
    const mine = await screen.findByRole('region', { name: 'Báo cáo của cấp ủy' });
    expect(await within(mine).findByRole('link', { name: 'Quý III/2026' })).toBeInTheDocument();
    expect(within(mine).getByText('gửi muộn')).toBeInTheDocument();

    const overview = screen.getByRole('region', { name: 'Tình hình gửi báo cáo của cấp dưới' });
    const submissions = await within(overview).findByRole('table');
    expect(within(submissions).getByText('Chưa gửi (quá hạn)')).toBeInTheDocument();
    expect(within(overview).getByRole('status')).toHaveTextContent('1 đúng hạn · 1 muộn · 1 chưa gửi');
    await user.selectOptions(within(overview).getByLabelText('Tình trạng'), 'MISSING');
    await waitFor(() =>
      expect(
        api.callsTo('get', `/api/v1/organizations/${ids.commune}/report-submissions`).at(-1)?.query.get('status'),
      ).toBe('MISSING'),
    );

    const form = screen.getByRole('form', { name: 'Lập báo cáo' });
    await user.selectOptions(within(form).getByLabelText('Loại báo cáo'), 'ANNUAL');
    await user.click(within(form).getByRole('button', { name: 'Lập báo cáo' }));
    const [post] = api.callsTo('post', `/api/v1/organizations/${ids.commune}/periodic-reports`);
    expect(post.body).toEqual({ kind: 'ANNUAL', period: String(new Date().getFullYear()) });
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/periodic-reports/${REPORT_ID}`));
  });

  it('keeps the typed sections as a draft and saves them with the version they were based on', async () => {
    const user = userEvent.setup();
    const api = reportsApi(report());
    const first = renderApp(`/periodic-reports/${REPORT_ID}`, api);
    const results = await screen.findByLabelText('Kết quả đạt được');
    await user.clear(results);
    await user.type(results, 'Sinh hoạt đều đặn, đủ 3 tháng.');
    expect(screen.getByRole('button', { name: 'Gửi cấp trên' })).toBeDisabled();
    await new Promise((r) => setTimeout(r, 250));
    first.unmount();

    renderApp(`/periodic-reports/${REPORT_ID}`, api);
    expect(await screen.findByText(/Đã khôi phục bản nháp/)).toBeInTheDocument();
    expect(screen.getByLabelText('Kết quả đạt được')).toHaveValue('Sinh hoạt đều đặn, đủ 3 tháng.');
    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    await waitFor(() => expect(api.callsTo('put', `/api/v1/periodic-reports/${REPORT_ID}`)).toHaveLength(1));
    const [put] = api.callsTo('put', `/api/v1/periodic-reports/${REPORT_ID}`);
    expect(put.body).toMatchObject({ version: 3, sections: { results: 'Sinh hoạt đều đặn, đủ 3 tháng.' } });
  });

  it('asks for a reason before a submitted report is sent again', async () => {
    const user = userEvent.setup();
    const api = reportsApi(
      report({
        status: 'SUBMITTED',
        revision: 1,
        version: 5,
        submittedAt: '2026-10-04T09:00:00+07:00',
        signature: { role: 'SECRETARY', name: 'Lò Văn Thanh' },
      }),
    );
    renderApp(`/periodic-reports/${REPORT_ID}`, api);
    const form = await screen.findByRole('form', { name: 'Gửi lại' });
    expect(screen.getByText('Người ký: Bí thư Lò Văn Thanh')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu nháp' })).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Gửi lại' }));
    expect(await within(form).findByText('Nhập lý do gửi lại.')).toBeInTheDocument();
    expect(api.callsTo('post', `/api/v1/periodic-reports/${REPORT_ID}/resubmission`)).toHaveLength(0);
    await user.type(within(form).getByLabelText(/Lý do gửi lại/), 'Bổ sung số liệu tháng 9');
    await user.click(within(form).getByRole('button', { name: 'Gửi lại' }));
    await waitFor(() =>
      expect(api.callsTo('post', `/api/v1/periodic-reports/${REPORT_ID}/resubmission`)).toHaveLength(1),
    );
    const [post] = api.callsTo('post', `/api/v1/periodic-reports/${REPORT_ID}/resubmission`);
    expect(post.body).toEqual({ version: 5, reason: 'Bổ sung số liệu tháng 9' });
  });

  it('lets every section of a submitted report be corrected when it is sent again, and sends the changed ones', async () => {
    const user = userEvent.setup();
    const sent = {
      documentNumber: '12-BC/ĐU',
      place: 'Bình Lư',
      results: 'Sinh hoạt đều đặn.',
      shortcomings: 'Tỷ lệ phát biểu còn thấp.',
      causes: 'Một số đảng viên đi làm xa.',
      lessons: 'Chuẩn bị nội dung sớm.',
      directions: 'Duy trì sinh hoạt thường kỳ.',
    };
    const api = reportsApi(report({ status: 'SUBMITTED', revision: 1, version: 5, sections: sent }));
    renderApp(`/periodic-reports/${REPORT_ID}`, api);
    const form = await screen.findByRole('form', { name: 'Gửi lại' });
    for (const [label, value] of [
      ['Số, ký hiệu', '12-BC/ĐU'],
      ['Địa danh', 'Bình Lư'],
      ['Kết quả đạt được', 'Sinh hoạt đều đặn.'],
      ['Hạn chế', 'Tỷ lệ phát biểu còn thấp.'],
      ['Nguyên nhân', 'Một số đảng viên đi làm xa.'],
      ['Bài học kinh nghiệm', 'Chuẩn bị nội dung sớm.'],
      ['Phương hướng nhiệm vụ', 'Duy trì sinh hoạt thường kỳ.'],
    ]) {
      expect(within(form).getByLabelText(label)).toHaveValue(value);
    }
    await user.clear(within(form).getByLabelText('Hạn chế'));
    await user.type(within(form).getByLabelText('Hạn chế'), 'Hai chi bộ chưa sinh hoạt chuyên đề.');
    await user.clear(within(form).getByLabelText('Nguyên nhân'));
    await user.clear(within(form).getByLabelText('Bài học kinh nghiệm'));
    await user.type(within(form).getByLabelText('Bài học kinh nghiệm'), 'Bí thư phân công cụ thể.');
    await user.type(within(form).getByLabelText('Phương hướng nhiệm vụ'), ' Tổ chức chuyên đề quý IV.');
    await user.type(within(form).getByLabelText(/Lý do gửi lại/), 'Sửa phần hạn chế');
    await user.click(within(form).getByRole('button', { name: 'Gửi lại' }));
    await waitFor(() =>
      expect(api.callsTo('post', `/api/v1/periodic-reports/${REPORT_ID}/resubmission`)).toHaveLength(1),
    );
    const [post] = api.callsTo('post', `/api/v1/periodic-reports/${REPORT_ID}/resubmission`);
    expect(post.body).toEqual({
      version: 5,
      reason: 'Sửa phần hạn chế',
      sections: {
        shortcomings: 'Hai chi bộ chưa sinh hoạt chuyên đề.',
        causes: '',
        lessons: 'Bí thư phân công cụ thể.',
        directions: 'Duy trì sinh hoạt thường kỳ. Tổ chức chuyên đề quý IV.',
      },
    });
  });

  it('writes every section of a draft and saves the whole text', async () => {
    const user = userEvent.setup();
    const api = reportsApi(report());
    renderApp(`/periodic-reports/${REPORT_ID}`, api);
    const form = await screen.findByRole('form', { name: 'Nội dung báo cáo' });
    await user.type(within(form).getByLabelText('Số, ký hiệu'), '15-BC/ĐU');
    await user.type(within(form).getByLabelText('Địa danh'), 'Bình Lư');
    await user.type(within(form).getByLabelText('Hạn chế'), 'Còn chi bộ sinh hoạt chưa đúng ngày.');
    await user.type(within(form).getByLabelText('Nguyên nhân'), 'Mùa vụ.');
    await user.type(within(form).getByLabelText('Bài học kinh nghiệm'), 'Thống nhất lịch từ đầu tháng.');
    await user.type(within(form).getByLabelText('Phương hướng nhiệm vụ'), 'Sinh hoạt đúng ngày 5 hằng tháng.');
    await user.click(within(form).getByRole('button', { name: 'Lưu nháp' }));
    await waitFor(() => expect(api.callsTo('put', `/api/v1/periodic-reports/${REPORT_ID}`)).toHaveLength(1));
    const [put] = api.callsTo('put', `/api/v1/periodic-reports/${REPORT_ID}`);
    expect(put.body).toEqual({
      version: 3,
      sections: {
        documentNumber: '15-BC/ĐU',
        place: 'Bình Lư',
        results: 'Sinh hoạt đều đặn.',
        shortcomings: 'Còn chi bộ sinh hoạt chưa đúng ngày.',
        causes: 'Mùa vụ.',
        lessons: 'Thống nhất lịch từ đầu tháng.',
        directions: 'Sinh hoạt đúng ngày 5 hằng tháng.',
      },
    });
  });
});
