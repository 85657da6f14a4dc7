import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@/lib/api/schema';
import { commune, ids, organization, page } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

type S = components['schemas'];

const appointment = (partial: Partial<S['Appointment']>): S['Appointment'] => ({
  id: 'acacacac-0000-4000-8000-000000000001',
  username: 'bithu.an',
  organizationId: ids.cellNaKhoang,
  organizationName: 'Chi bộ bản Nà Khoang',
  role: 'SECRETARY',
  validFrom: '2025-01-01',
  ...partial,
});

const audit = (partial: Partial<S['AuditEntry']>): S['AuditEntry'] => ({
  id: 'adadadad-0000-4000-8000-000000000001',
  at: '2026-12-06T09:15:00+07:00',
  actor: 'canbo.xa',
  entityType: 'Member',
  entityId: 'bebebebe-0000-4000-8000-000000000001',
  action: 'UPDATE',
  changes: '{"birthYear":1985}',
  ...partial,
});

function setup() {
  let appointments = [appointment({})];
  const api = defaultApi()
    .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
    .on('get', '/api/v1/appointments', () => ({ status: 200, body: page(appointments, appointments.length, 0, 20) }))
    .on('post', '/api/v1/appointments', ({ body }) => {
      if (body.username === 'khong.co') {
        return {
          status: 400,
          body: {
            type: 'about:blank',
            title: 'Dữ liệu không hợp lệ',
            status: 400,
            code: 'validation-failed',
            errors: [{ field: 'username', message: 'Không có người dùng khong.co trong hệ thống xác thực.' }],
          },
        };
      }
      const created = appointment({
        ...body,
        id: 'acacacac-0000-4000-8000-000000000002',
        organizationName: 'Đảng bộ xã Bình Lư',
      });
      appointments = [...appointments, created];
      return { status: 201, body: created };
    })
    .on('delete', '/api/v1/appointments/{id}', ({ params }) => {
      appointments = appointments.filter((a) => a.id !== params.id);
      return { status: 204, body: undefined };
    })
    .on('get', '/api/v1/audit', ({ query }) => ({
      status: 200,
      body: page(
        query.get('entityId')
          ? [audit({ id: 'adadadad-0000-4000-8000-000000000009', action: 'CREATE', changes: null })]
          : [audit({})],
      ),
    }));
  return api;
}

describe('administration of an organisation', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists appointments, appoints a user with a role, shows a refusal on its field, and withdraws after confirming', async () => {
    const user = userEvent.setup();
    const api = setup();
    renderApp(`/organizations/${ids.commune}/administration`, api);

    const table = await screen
      .findByRole('table', { name: '' })
      .catch(() => screen.findAllByRole('table').then((t) => t[0]));
    expect(await within(table).findByRole('cell', { name: 'bithu.an' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'Bí thư chi bộ' })).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/appointments')[0].query.get('organizationId')).toBe(ids.commune);

    const form = screen.getByRole('form', { name: 'Phân công mới' });
    await user.type(within(form).getByLabelText(/Tên đăng nhập/), 'khong.co');
    await user.selectOptions(within(form).getByLabelText('Vai trò'), 'STAFF');
    await user.click(within(form).getByRole('button', { name: 'Phân công' }));
    expect(await within(form).findByText('Không có người dùng khong.co trong hệ thống xác thực.')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText(/Tên đăng nhập/));
    await user.type(within(form).getByLabelText(/Tên đăng nhập/), 'canbo.moi');
    await user.click(within(form).getByRole('button', { name: 'Phân công' }));
    expect(await within(form).findByText('Đã phân công canbo.moi: Cán bộ văn phòng cấp ủy.')).toBeInTheDocument();
    const posts = api.callsTo('POST', '/api/v1/appointments');
    expect(posts[1].body).toMatchObject({
      username: 'canbo.moi',
      role: 'STAFF',
      organizationId: ids.commune,
      validTo: null,
    });
    expect(await screen.findByRole('cell', { name: 'canbo.moi' })).toBeInTheDocument();

    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await user.click(screen.getByRole('button', { name: 'Thôi phân công bithu.an' }));
    expect(api.callsTo('DELETE', '/api/v1/appointments/acacacac-0000-4000-8000-000000000001')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Thôi phân công bithu.an' }));
    await waitFor(() => expect(screen.queryByRole('cell', { name: 'bithu.an' })).not.toBeInTheDocument());
    expect(confirm).toHaveBeenCalledWith('Thôi phân công bithu.an (Bí thư chi bộ)? Người này mất quyền ngay.');
  });

  it('shows the audit log and narrows it to one record’s history', async () => {
    const user = userEvent.setup();
    const api = setup();
    renderApp(`/organizations/${ids.commune}/administration`, api);

    const log = (await screen.findByRole('heading', { name: 'Nhật ký thay đổi' })).closest('section')!;
    expect(await within(log).findByText('Member · UPDATE')).toBeInTheDocument();
    expect(within(log).getByText('{"birthYear":1985}')).toBeInTheDocument();
    await user.type(within(log).getByLabelText(/Chỉ xem lịch sử/), 'abc');
    expect(within(log).getByText(/Mã bản ghi có dạng 8-4-4-4-12/)).toBeInTheDocument();
    await user.clear(within(log).getByLabelText(/Chỉ xem lịch sử/));
    await user.click(within(log).getByRole('button', { name: 'Lịch sử bản ghi bebebebe…' }));
    expect(await within(log).findByText('Member · CREATE')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/audit').at(-1)!.query.get('entityId')).toBe(
      'bebebebe-0000-4000-8000-000000000001',
    );
    expect(api.callsTo('GET', '/api/v1/audit').every((c) => c.query.get('entityId') !== 'abc')).toBe(true);
  });
});
