import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@/lib/api/schema';
import { commune, ids, organization, page } from '@/test/fixtures';
import { defaultPolicy } from '@/test/meetings-fake';
import { defaultApi, renderApp } from '@/test/render-app';

type S = components['schemas'];

const hd42: S['Policy'] = {
  ...defaultPolicy,
  id: 'abababab-0000-4000-8000-000000000042',
  issuerOrganizationId: ids.commune,
  issuerName: 'Đảng bộ xã Bình Lư',
  label: 'Đảng bộ xã Bình Lư, từ 01/01/2026',
  validFrom: '2026-01-01',
  legalBasis: 'Hướng dẫn 42-HD/BTCTW (28/10/2025)',
  documentLeadDays: 3,
  annualTargets: { ...defaultPolicy.annualTargets, orgExcellentPercent: 25 },
};

function setup() {
  const api = defaultApi()
    .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
    .on('get', '/api/v1/organizations/{id}/policy', ({ query }) => ({
      status: 200,
      body: (query.get('on') ?? '') >= '2026-01-01' ? hd42 : defaultPolicy,
    }))
    .on('get', '/api/v1/organizations/{id}/policies', () => ({ status: 200, body: page([hd42], 1, 0, 10) }));
  return api;
}

describe('the rules in force of an organisation', () => {
  it('shows the set in force on a day, where it comes from, and what differs from another day', async () => {
    const user = userEvent.setup();
    const api = setup();
    renderApp(`/organizations/${ids.commune}/policies`, api);

    expect(
      await screen.findByRole('heading', { name: 'Đang áp dụng: Đảng bộ xã Bình Lư, từ 01/01/2026' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Căn cứ: Hướng dẫn 42-HD/BTCTW (28/10/2025)')).toBeInTheDocument();
    const lead = screen.getByRole('row', { name: /Gửi tài liệu trước buổi sinh hoạt/ });
    expect(within(lead).getByRole('cell')).toHaveTextContent('3');
    expect(screen.getByRole('row', { name: /Hạn nộp kế hoạch chuyên đề/ })).toHaveTextContent('05/02');
    expect(screen.getByRole('row', { name: /Buổi thường kỳ thứ hai/ })).toHaveTextContent('Cảnh báo');
    expect(screen.getByRole('row', { name: /^Áp dụng tỷ lệ "Hoàn thành xuất sắc"/ })).toHaveTextContent('Không');
    // the issued sets of the organisation
    const issued = screen.getByRole('heading', { name: 'Các bộ quy định tổ chức này đã ban hành' }).closest('section')!;
    expect(within(issued).getByText('Đảng bộ xã Bình Lư, từ 01/01/2026')).toBeInTheDocument();

    await user.type(screen.getByLabelText('So sánh với ngày'), '2025-06-01');
    expect(await screen.findByText('Khác nhau ở 2 quy định so với ngày 01/06/2025.')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Chỉ hiện các quy định khác nhau'));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Gửi tài liệu trước buổi sinh hoạt (ngày)',
      'Chỉ tiêu: tổ chức đảng hoàn thành xuất sắc (%)',
    ]);
    expect(
      within(rows[0])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '1']);
    expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/policy`).at(-1)!.query.get('on')).toBe(
      '2025-06-01',
    );
  });

  it('lets committee staff issue a new dated set from the one in force, and shows the server’s refusal on its field', async () => {
    const user = userEvent.setup();
    const api = setup();
    let attempts = 0;
    api.on('post', '/api/v1/policies', ({ body }) => {
      attempts += 1;
      if (attempts === 1) {
        return {
          status: 400,
          body: {
            type: 'about:blank',
            title: 'Dữ liệu không hợp lệ',
            status: 400,
            code: 'validation-failed',
            errors: [{ field: 'validFrom', message: 'Đã có bộ quy định của tổ chức này bắt đầu ngày 01/01/2026.' }],
          },
        };
      }
      return {
        status: 201,
        body: { ...hd42, ...body, id: 'abababab-0000-4000-8000-000000000043', label: 'mới' } as S['Policy'],
      };
    });
    renderApp(`/organizations/${ids.commune}/policies`, api);
    await user.click(await screen.findByRole('button', { name: 'Ban hành bộ quy định mới' }));
    const form = screen.getByRole('form', { name: 'Ban hành bộ quy định mới' });
    await user.type(within(form).getByLabelText(/Áp dụng từ ngày/), '2026-01-01');
    const lead = within(form).getByLabelText('Gửi tài liệu trước buổi sinh hoạt (ngày)');
    expect(lead).toHaveValue(3);
    await user.clear(lead);
    await user.type(lead, '5');
    await user.click(within(form).getByLabelText('Áp dụng tỷ lệ "Hoàn thành xuất sắc"'));
    await user.type(within(form).getByLabelText('Căn cứ (văn bản)'), 'Hướng dẫn 01-HD/ĐUX');
    await user.click(within(form).getByRole('button', { name: 'Ban hành' }));

    expect(
      await within(form).findByText('Đã có bộ quy định của tổ chức này bắt đầu ngày 01/01/2026.'),
    ).toBeInTheDocument();
    await user.clear(within(form).getByLabelText(/Áp dụng từ ngày/));
    await user.type(within(form).getByLabelText(/Áp dụng từ ngày/), '2027-01-01');
    await user.click(within(form).getByRole('button', { name: 'Ban hành' }));
    await waitFor(() =>
      expect(screen.queryByRole('form', { name: 'Ban hành bộ quy định mới' })).not.toBeInTheDocument(),
    );

    const posts = api.callsTo('POST', '/api/v1/policies');
    expect(posts).toHaveLength(2);
    expect(posts[1].body).toMatchObject({
      issuerOrganizationId: ids.commune,
      validFrom: '2027-01-01',
      validTo: null,
      legalBasis: 'Hướng dẫn 01-HD/ĐUX',
      documentLeadDays: 5,
      excellentQuotaEnabled: true,
      annualTargets: { orgExcellentPercent: 25 },
      voteRules: defaultPolicy.voteRules,
    });
    expect(posts[1].body).not.toHaveProperty('label');
    // one Idempotency-Key for the form: a retry after a lost answer cannot issue the set twice
    expect(posts[0].headers.get('Idempotency-Key')).toBeTruthy();
    expect(posts[1].headers.get('Idempotency-Key')).toBe(posts[0].headers.get('Idempotency-Key'));
  });
});
