import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@/lib/api/schema';
import { commune, ids, organization, page } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

type S = components['schemas'];
const alertId = 'abababab-0000-4000-8000-000000000001';

const alert = (partial: Partial<S['Alert']> = {}): S['Alert'] => ({
  id: alertId,
  organizationId: ids.cellNaKhoang,
  organizationName: 'Chi bộ bản Nà Khoang',
  kind: 'REGULAR_NOT_PLANNED',
  severity: 'WARNING',
  period: '2026-11',
  message: 'Đến ngày 20 chưa lên lịch sinh hoạt thường kỳ tháng 11.',
  policyId: 'eeeeeeee-0000-4000-8000-000000000001',
  policyLabel: 'Trung ương, từ 28/10/2025',
  raisedAt: '2026-11-20T00:30:00+07:00',
  ...partial,
});

describe('alerts of a committee', () => {
  it('lists open alerts, filters by state and kind, acknowledges, and recomputes now', async () => {
    const user = userEvent.setup();
    let acknowledged = false;
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
      .on('get', '/api/v1/organizations/{id}/alerts', (req) => ({
        status: 200,
        body: page(
          (req.query.get('state') ?? 'OPEN') === 'OPEN' && !acknowledged
            ? [alert()]
            : req.query.get('state') === 'ACKNOWLEDGED'
              ? [alert({ acknowledgedAt: '2026-11-21T08:00:00+07:00', acknowledgedBy: 'canbo.xa' })]
              : [],
          undefined,
          0,
          20,
        ),
      }))
      .on('post', '/api/v1/alerts/{id}/acknowledgement', () => {
        acknowledged = true;
        return {
          status: 200,
          body: alert({ acknowledgedAt: '2026-11-21T08:00:00+07:00', acknowledgedBy: 'canbo.xa' }),
        };
      })
      .on('post', '/api/v1/organizations/{id}/alert-runs', () => ({
        status: 200,
        body: { organizations: 3, raised: 1, resolved: 2, open: 4, millis: 12 },
      }));
    renderApp(`/organizations/${ids.commune}/alerts`, api);

    const card = (await screen.findByText('Đến ngày 20 chưa lên lịch sinh hoạt thường kỳ tháng 11.')).closest('li')!;
    expect(within(card).getByText('Chưa lên lịch sinh hoạt thường kỳ')).toBeInTheDocument();
    expect(within(card).getByText('Theo quy định: Trung ương, từ 28/10/2025')).toBeInTheDocument();
    expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/alerts`)[0].query.get('state')).toBe('OPEN');

    await user.click(within(card).getByRole('button', { name: 'Đã biết' }));
    expect(await screen.findByText('Không có cảnh báo nào.')).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/v1/alerts/${alertId}/acknowledgement`)).toHaveLength(1);

    await user.click(screen.getByRole('radio', { name: 'Đã ghi nhận' }));
    expect(await screen.findByText(/ghi nhận .* \(canbo\.xa\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đã biết' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Loại cảnh báo'), 'CELL_NOT_VISITED');
    await waitFor(() =>
      expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/alerts`).at(-1)!.query.get('kind')).toBe(
        'CELL_NOT_VISITED',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Tính lại ngay' }));
    expect(
      await screen.findByText('Đã tính lại cho 3 tổ chức: 1 cảnh báo mới, 2 đã khắc phục, 4 còn mở.'),
    ).toBeInTheDocument();
  });

  it('shows the open alerts of my cells on the home page, with where to fix them', async () => {
    const api = defaultApi()
      .on('get', '/api/v1/me/alerts', (req) => {
        expect(req.query.get('state')).toBe('OPEN');
        return { status: 200, body: page([alert()], 7, 0, 5) };
      })
      .on('get', '/api/v1/me/meetings', () => ({ status: 200, body: page([]) }))
      .on('get', '/api/v1/me/tasks', () => ({ status: 200, body: page([]) }));
    renderApp('/meetings', api);
    const section = await screen.findByRole('region', { name: 'Cảnh báo cần xử lý (7)' });
    expect(within(section).getByText('Đến ngày 20 chưa lên lịch sinh hoạt thường kỳ tháng 11.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Mở lịch sinh hoạt của chi bộ' })).toHaveAttribute(
      'href',
      `/organizations/${ids.cellNaKhoang}/meetings`,
    );
    expect(within(section).getByRole('link', { name: 'Mọi cảnh báo của tổ chức' })).toHaveAttribute(
      'href',
      `/organizations/${ids.cellNaKhoang}/alerts`,
    );
    expect(within(section).getByText('Còn 6 cảnh báo khác.')).toBeInTheDocument();
  });
});
