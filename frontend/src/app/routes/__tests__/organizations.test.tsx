import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cellBan2, cellNaKhoang, commune, ids, outOfScope, page } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

function treeApi() {
  return defaultApi().on('get', '/api/v1/organizations', ({ query }) => {
    if (query.get('parentId') === ids.commune) return { status: 200, body: page([cellNaKhoang, cellBan2]) };
    if (query.get('q')) return { status: 200, body: page([cellNaKhoang]) };
    return { status: 200, body: page([commune]) };
  });
}

describe('organisation tree browser', () => {
  it("shows the caller's roots and expands a node lazily", async () => {
    const user = userEvent.setup();
    const { api } = renderApp('/organizations', treeApi());

    expect(await screen.findByRole('link', { name: 'Đảng bộ xã Bình Lư' })).toBeInTheDocument();
    // Type labels come from the reference data, in Vietnamese.
    expect(await screen.findByText('Đảng bộ cơ sở')).toBeInTheDocument();
    // Children are not loaded before the node is opened.
    expect(api.calls.some((c) => c.query.get('parentId'))).toBe(false);

    const toggle = screen.getByRole('button', { name: 'Mở rộng Đảng bộ xã Bình Lư' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);

    const child = await screen.findByRole('link', { name: 'Chi bộ bản Nà Khoang' });
    expect(child).toHaveAttribute('href', `/organizations/${ids.cellNaKhoang}`);
    const item = child.closest('li')!;
    expect(within(item).getByText('Chi bộ', { selector: '.badge-cell' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thu gọn Đảng bộ xã Bình Lư' })).toHaveAttribute('aria-expanded', 'true');
    // The closed cell is marked as dissolved.
    const closed = screen.getByRole('link', { name: 'Chi bộ bản Chu Va' }).closest('li')!;
    expect(within(closed).getByText('Đã giải thể')).toBeInTheDocument();

    const childCall = api.calls.find((c) => c.query.get('parentId') === ids.commune)!;
    expect(childCall.headers.get('Authorization')).toBe('Bearer test-token');
    expect(childCall.headers.get('Accept-Language')).toBe('vi');
  });

  it('searches within the root, diacritics left to the server', async () => {
    const user = userEvent.setup();
    const { api } = renderApp('/organizations', treeApi());
    await screen.findByRole('link', { name: 'Đảng bộ xã Bình Lư' });

    await user.type(screen.getByRole('searchbox', { name: 'Tìm tổ chức đảng' }), 'na khoang');

    expect(await screen.findByRole('link', { name: 'Chi bộ bản Nà Khoang' })).toBeInTheDocument();
    const search = api.calls.find((c) => c.query.get('q') === 'na khoang')!;
    expect(search.query.get('within')).toBe(ids.commune);
  });

  it("shows the server's problem detail when the tree cannot be loaded", async () => {
    const api = defaultApi().on('get', '/api/v1/organizations', () => outOfScope);
    renderApp('/organizations', api);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ngoài phạm vi được giao');
    expect(alert).toHaveTextContent('Bạn không được giao quyền với tổ chức này.');
  });
});
