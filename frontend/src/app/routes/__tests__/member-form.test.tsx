import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cellNaKhoang, ids, member, organization } from '@/test/fixtures';
import { defaultApi, renderApp, TEST_SUBJECT } from '@/test/render-app';
import { draftStorageKey } from '@/lib/auth/user-data';

function formApi() {
  return defaultApi().on('get', '/api/v1/organizations/{id}', ({ params }) =>
    params.id === ids.cellNaKhoang
      ? { status: 200, body: organization(cellNaKhoang) }
      : { status: 404, body: { type: 'about:blank', title: 'Không tìm thấy', status: 404, code: 'not-found' } },
  );
}

const field = (name: string) => document.querySelector<HTMLElement>(`[data-field="${name}"]`)!;

describe('member form', () => {
  it('shows a server field error next to the right field and keeps what was typed', async () => {
    const user = userEvent.setup();
    const api = formApi().on('post', '/api/v1/members', () => ({
      status: 400,
      body: {
        type: 'https://chibo.localhost/problems/validation-failed',
        title: 'Dữ liệu không hợp lệ',
        status: 400,
        code: 'validation-failed',
        detail: 'Có 1 trường cần sửa.',
        errors: [{ field: 'cardNumber', message: 'Số thẻ đảng viên đã được dùng cho người khác.' }],
      },
    }));
    renderApp(`/members/new?organizationId=${ids.cellNaKhoang}`, api);

    // The cell the user came from is preselected.
    expect(await screen.findByText('Chi bộ bản Nà Khoang', { selector: '.picker-value' })).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Họ và tên/), 'Lường Thị Ngọc Ánh');
    await user.type(screen.getByLabelText('Năm sinh'), '1990');
    await user.selectOptions(screen.getByLabelText(/Giới tính/), 'FEMALE');
    await user.type(screen.getByLabelText('Số thẻ đảng viên'), '52000001');
    await user.type(screen.getByLabelText(/Ngày vào Đảng/), '2024-05-19');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const card = screen.getByLabelText('Số thẻ đảng viên');
    const error = await within(field('cardNumber')).findByText('Số thẻ đảng viên đã được dùng cho người khác.');
    expect(card).toHaveAttribute('aria-invalid', 'true');
    expect(card.getAttribute('aria-describedby')).toContain(error.id);
    // The summary shows the problem's title and detail, not the field error a second time.
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu không hợp lệ');
    expect(alert).toHaveTextContent('Có 1 trường cần sửa.');
    expect(alert).not.toHaveTextContent('đã được dùng');
    // Nothing typed is lost.
    expect(screen.getByLabelText(/Họ và tên/)).toHaveValue('Lường Thị Ngọc Ánh');
    expect(screen.getByLabelText('Năm sinh')).toHaveValue(1990);

    const sent = api.callsTo('POST', '/api/v1/members')[0].body;
    expect(sent).toMatchObject({
      fullName: 'Lường Thị Ngọc Ánh',
      birthYear: 1990,
      gender: 'FEMALE',
      cardNumber: '52000001',
      admissionDate: '2024-05-19',
      organizationId: ids.cellNaKhoang,
    });
  });

  it('refuses an empty name before calling the server', async () => {
    const user = userEvent.setup();
    const api = formApi();
    renderApp(`/members/new?organizationId=${ids.cellNaKhoang}`, api);
    await screen.findByText('Chi bộ bản Nà Khoang', { selector: '.picker-value' });

    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(within(field('fullName')).getByText('Họ và tên không được để trống.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Họ và tên/)).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('POST', '/api/v1/members')).toHaveLength(0);
  });

  it('keeps a draft across a reload', async () => {
    const user = userEvent.setup();
    const first = renderApp(`/members/new?organizationId=${ids.cellNaKhoang}`, formApi());
    await screen.findByText('Chi bộ bản Nà Khoang', { selector: '.picker-value' });
    await user.type(screen.getByLabelText(/Họ và tên/), 'Đặng Thùy Dương');
    await new Promise((r) => setTimeout(r, 300)); // the draft is saved shortly after typing
    first.unmount();

    renderApp(`/members/new?organizationId=${ids.cellNaKhoang}`, formApi());
    expect(await screen.findByLabelText(/Họ và tên/)).toHaveValue('Đặng Thùy Dương');
    expect(screen.getByText('Đã khôi phục bản nháp chưa lưu của biểu mẫu này.')).toBeInTheDocument();
  });

  it('creates the member and opens its record', async () => {
    const user = userEvent.setup();
    const created = member({
      fullName: 'Lường Thị Ngọc Ánh',
      gender: 'FEMALE',
      status: 'PROBATIONARY',
      officialDate: null,
    });
    const api = formApi()
      .on('post', '/api/v1/members', () => ({ status: 201, body: created }))
      .on('get', '/api/v1/members/{id}', () => ({ status: 200, body: created }));
    const { location } = renderApp(`/members/new?organizationId=${ids.cellNaKhoang}`, api);
    await screen.findByText('Chi bộ bản Nà Khoang', { selector: '.picker-value' });

    await user.type(screen.getByLabelText(/Họ và tên/), 'Lường Thị Ngọc Ánh');
    await user.selectOptions(screen.getByLabelText(/Giới tính/), 'FEMALE');
    await user.type(screen.getByLabelText(/Ngày vào Đảng/), '2024-05-19');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Lường Thị Ngọc Ánh' })).toBeInTheDocument();
    expect(location.history.at(-1)).toBe(`/members/${created.id}`);
    expect(localStorage.getItem(draftStorageKey(TEST_SUBJECT, `member.new.${ids.cellNaKhoang}`))).toBeNull();
  });
});
