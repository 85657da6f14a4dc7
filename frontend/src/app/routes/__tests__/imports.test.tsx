import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cellNaKhoang, ids, organization } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

const IMPORT_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

describe('import', () => {
  it('uploads a file, shows row errors, and commits only a clean preview', async () => {
    const user = userEvent.setup();
    let committed = false;
    const preview = (errors: boolean) => ({
      id: IMPORT_ID,
      kind: 'MEMBERS' as const,
      organizationId: ids.cellNaKhoang,
      status: committed ? ('COMMITTED' as const) : ('PREVIEW' as const),
      fileName: 'dang-vien.csv',
      validCount: errors ? 1 : 2,
      errorCount: errors ? 1 : 0,
      rows: [
        { rowNumber: 2, values: { fullName: 'Lò Văn Pản', birthYear: '1978' }, errors: [] },
        {
          rowNumber: 3,
          values: { fullName: 'Tẩn Thị Mẩy', birthYear: errors ? '18xx' : '1980' },
          errors: errors ? [{ field: 'birthYear', message: 'Năm sinh không hợp lệ.' }] : [],
        },
      ],
    });
    let withErrors = true;
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(cellNaKhoang) }))
      .on('post', '/api/v1/imports', () => ({ status: 201, body: preview(withErrors) }))
      .on('get', '/api/v1/imports/{id}', () => ({ status: 200, body: preview(withErrors) }))
      .on('post', '/api/v1/imports/{id}/commit', () => {
        committed = true;
        return { status: 200, body: preview(false) };
      });
    renderApp(`/imports?organizationId=${ids.cellNaKhoang}`, api);

    await screen.findByText('Chi bộ bản Nà Khoang', { selector: '.picker-value' });
    const file = new File(['fullName,birthYear\nLò Văn Pản,1978\nTẩn Thị Mẩy,18xx\n'], 'dang-vien.csv', {
      type: 'text/csv',
    });
    await user.upload(screen.getByLabelText(/Tệp CSV/), file);
    await user.click(screen.getByRole('button', { name: 'Tải lên và xem trước' }));

    expect(await screen.findByText(/Năm sinh không hợp lệ/)).toBeInTheDocument();
    expect(screen.getByText('1 dòng hợp lệ, 1 dòng có lỗi.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Ghi 1 dòng/ })).toBeDisabled();

    const form = api.callsTo('POST', '/api/v1/imports')[0].body as FormData;
    expect(form.get('kind')).toBe('MEMBERS');
    expect(form.get('organizationId')).toBe(ids.cellNaKhoang);
    const sentFile = form.get('file') as File;
    expect(sentFile.name).toBe('dang-vien.csv');
    expect(await sentFile.text()).toContain('Tẩn Thị Mẩy,18xx');

    // A corrected file: commit becomes possible.
    withErrors = false;
    await user.click(screen.getByRole('button', { name: 'Nhập tệp khác' }));
    await user.upload(screen.getByLabelText(/Tệp CSV/), file);
    await user.click(screen.getByRole('button', { name: 'Tải lên và xem trước' }));
    await user.click(await screen.findByRole('button', { name: 'Ghi 2 dòng vào hệ thống' }));
    expect(await screen.findByText('Đã ghi dữ liệu vào hệ thống.')).toBeInTheDocument();
    expect(api.callsTo('POST', `/api/v1/imports/${IMPORT_ID}/commit`)).toHaveLength(1);
  });
});
