import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cellNaKhoang, ids, organization } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

describe('organisation edit', () => {
  it('sends only the changes with the version, and explains a version conflict', async () => {
    const user = userEvent.setup();
    let version = 1;
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({
        status: 200,
        body: organization({ ...cellNaKhoang, version }),
      }))
      .on('patch', '/api/v1/organizations/{id}', () => {
        version = 3;
        return {
          status: 409,
          body: {
            type: 'https://chibo.localhost/problems/version-conflict',
            title: 'Dữ liệu đã được người khác thay đổi',
            status: 409,
            code: 'version-conflict',
            detail: 'Bản ghi đã được cập nhật (phiên bản 3). Hãy tải lại và sửa lại.',
            currentVersion: 3,
          },
        };
      });
    renderApp(`/organizations/${ids.cellNaKhoang}/edit`, api);

    const name = await screen.findByLabelText(/Tên tổ chức/);
    await user.clear(name);
    await user.type(name, 'Chi bộ bản Nà Khoang Mới');
    await user.type(screen.getByLabelText('Số quyết định'), '45-QĐ/ĐU');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Đã có người sửa trước');
    expect(alert).toHaveTextContent('Hãy tải lại');
    const patch = api.callsTo('PATCH', `/api/v1/organizations/${ids.cellNaKhoang}`)[0].body;
    expect(patch).toEqual({
      version: 1,
      name: 'Chi bộ bản Nà Khoang Mới',
      effectiveDate: expect.any(String),
      decisionRef: '45-QĐ/ĐU',
    });

    // "Tải lại" fetches the current version; the next save is based on it.
    await user.click(screen.getByRole('button', { name: 'Tải lại' }));
    await screen.findByDisplayValue('Chi bộ bản Nà Khoang');
    expect(api.callsTo('GET', `/api/v1/organizations/${ids.cellNaKhoang}`).length).toBeGreaterThan(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sets the locality printed in the date line of the records', async () => {
    const user = userEvent.setup();
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({
        status: 200,
        body: organization({ ...cellNaKhoang, version: 2 }),
      }))
      .on('patch', '/api/v1/organizations/{id}', () => ({
        status: 200,
        body: organization({ ...cellNaKhoang, version: 3 }, { locality: 'Nà Khoang' }),
      }));
    renderApp(`/organizations/${ids.cellNaKhoang}/edit`, api);

    await user.type(await screen.findByLabelText('Địa danh ghi trên văn bản'), 'Nà Khoang');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await vi.waitFor(() => expect(api.callsTo('PATCH', `/api/v1/organizations/${ids.cellNaKhoang}`)).toHaveLength(1));
    expect(api.callsTo('PATCH', `/api/v1/organizations/${ids.cellNaKhoang}`)[0].body).toEqual({
      version: 2,
      locality: 'Nà Khoang',
    });
  });

  it('sets the CSDL đảng viên 3.0 and Sổ tay identifiers (BR-D4)', async () => {
    const user = userEvent.setup();
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({
        status: 200,
        body: organization({ ...cellNaKhoang, version: 2 }, { csdlId: 'TC0001' }),
      }))
      .on('patch', '/api/v1/organizations/{id}', () => ({
        status: 200,
        body: organization({ ...cellNaKhoang, version: 3 }, { csdlId: null, sotayId: 'STC01' }),
      }));
    renderApp(`/organizations/${ids.cellNaKhoang}/edit`, api);

    const csdl = await screen.findByLabelText('Mã trên CSDL đảng viên 3.0');
    expect(csdl).toHaveValue('TC0001');
    await user.clear(csdl);
    await user.type(screen.getByLabelText('Mã trên Sổ tay đảng viên'), 'STC01');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await vi.waitFor(() => expect(api.callsTo('PATCH', `/api/v1/organizations/${ids.cellNaKhoang}`)).toHaveLength(1));
    expect(api.callsTo('PATCH', `/api/v1/organizations/${ids.cellNaKhoang}`)[0].body).toEqual({
      version: 2,
      csdlId: '',
      sotayId: 'STC01',
    });
  });

  it("shows the server's reason when closing is refused", async () => {
    const user = userEvent.setup();
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(cellNaKhoang) }))
      .on('post', '/api/v1/organizations/{id}/close', () => ({
        status: 409,
        body: {
          type: 'https://chibo.localhost/problems/has-active-members',
          title: 'Không thể giải thể',
          status: 409,
          code: 'has-active-members',
          detail: 'Chi bộ còn 12 đảng viên đang sinh hoạt.',
        },
      }));
    renderApp(`/organizations/${ids.cellNaKhoang}/close`, api);
    await user.click(await screen.findByRole('button', { name: 'Giải thể' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không thể giải thể');
    expect(alert).toHaveTextContent('Chi bộ còn 12 đảng viên đang sinh hoạt.');
  });
});
