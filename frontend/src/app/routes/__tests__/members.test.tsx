import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cellNaKhoang, ids, memberSummary, organization } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

describe('members of an organisation', () => {
  it('lists with total, filters by status and text, pages', async () => {
    const user = userEvent.setup();
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(cellNaKhoang) }))
      .on('get', '/api/v1/organizations/{id}/members', ({ query }) => {
        const pageNo = Number(query.get('page') ?? '0');
        const items =
          query.get('status') === 'EXEMPT'
            ? [memberSummary({ fullName: 'Tẩn Thị Mẩy', status: 'EXEMPT' })]
            : [
                memberSummary({ fullName: pageNo === 0 ? 'Lò Văn Pản' : 'Vàng Thị Dung', positions: ['SECRETARY'] }),
                memberSummary({
                  id: '99999999-9999-4999-8999-999999999999',
                  fullName: 'Giàng A Sử',
                  status: 'PROBATIONARY',
                  attachment: 'TEMPORARY_IN',
                }),
              ];
        return { status: 200, body: { items, page: pageNo, size: 20, total: query.get('status') ? 1 : 45 } };
      });
    renderApp(`/organizations/${ids.cellNaKhoang}/members`, api);

    expect(await screen.findByRole('link', { name: 'Lò Văn Pản' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Danh sách đảng viên/ })).toHaveTextContent('45 đảng viên');
    const row = screen.getByRole('link', { name: 'Giàng A Sử' }).closest('tr')!;
    expect(within(row).getByText('Dự bị')).toBeInTheDocument();
    expect(within(row).getByText('Sinh hoạt tạm thời tại đây')).toBeInTheDocument();
    expect(screen.getByText('Bí thư')).toBeInTheDocument();
    expect(screen.getByText('Trang 1/3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Trang sau ›' }));
    expect(await screen.findByRole('link', { name: 'Vàng Thị Dung' })).toBeInTheDocument();
    expect(api.calls.at(-1)!.query.get('page')).toBe('1');

    await user.selectOptions(screen.getByLabelText('Trạng thái'), 'EXEMPT');
    expect(await screen.findByRole('link', { name: 'Tẩn Thị Mẩy' })).toBeInTheDocument();
    const last = api.calls.at(-1)!;
    expect(last.query.get('status')).toBe('EXEMPT');
    expect(last.query.get('page')).toBe('0');

    await user.type(screen.getByRole('searchbox', { name: 'Tìm đảng viên' }), 'tan thi may');
    await waitFor(() => expect(api.calls.at(-1)!.query.get('q')).toBe('tan thi may'));
  });

  it('shows an empty state', async () => {
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(cellNaKhoang) }))
      .on('get', '/api/v1/organizations/{id}/members', () => ({
        status: 200,
        body: { items: [], page: 0, size: 20, total: 0 },
      }));
    renderApp(`/organizations/${ids.cellNaKhoang}/members`, api);
    expect(await screen.findByText('Chưa có đảng viên nào.')).toBeInTheDocument();
  });
});
