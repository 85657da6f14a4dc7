import { screen, within } from '@testing-library/react';
import { ids } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

describe('"Tôi" page', () => {
  it('shows who I am and what I act for', async () => {
    const api = defaultApi().on('get', '/api/v1/me', () => ({
      status: 200,
      body: {
        username: 'bithu.an',
        displayName: 'Nguyễn Văn An',
        roles: ['SECRETARY', 'MEMBER'],
        memberId: ids.member1,
        appointments: [
          {
            id: '77777777-7777-4777-8777-777777777777',
            username: 'bithu.an',
            organizationId: ids.cellNaKhoang,
            organizationName: 'Chi bộ bản Nà Khoang',
            role: 'SECRETARY',
            validFrom: '2025-07-01',
            validTo: '2030-06-30',
          },
        ],
      },
    }));
    renderApp('/me', api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Nguyễn Văn An' })).toBeInTheDocument();
    expect(screen.getByText('bithu.an')).toBeInTheDocument();
    expect(screen.getByText('Bí thư chi bộ', { selector: '.badge-role' })).toBeInTheDocument();
    expect(screen.getByText('Đảng viên', { selector: '.badge-role' })).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Được giao phụ trách' });
    const row = within(table).getByRole('row', { name: /Chi bộ bản Nà Khoang/ });
    expect(within(row).getByRole('link', { name: 'Chi bộ bản Nà Khoang' })).toHaveAttribute(
      'href',
      `/organizations/${ids.cellNaKhoang}`,
    );
    expect(within(row).getByText('Bí thư chi bộ')).toBeInTheDocument();
    expect(within(row).getByText('01/07/2025')).toBeInTheDocument();
    expect(within(row).getByText('30/06/2030')).toBeInTheDocument();
    // The header shows the display name from /me.
    expect(screen.getByText('Nguyễn Văn An', { selector: '.user-name' })).toBeInTheDocument();
  });

  it('says so when the caller has no appointment', async () => {
    const api = defaultApi().on('get', '/api/v1/me', () => ({
      status: 200,
      body: { username: 'moi', displayName: 'Người mới', roles: [], appointments: [] },
    }));
    renderApp('/me', api);
    expect(await screen.findByText('Bạn chưa được giao phụ trách tổ chức nào.')).toBeInTheDocument();
  });
});
