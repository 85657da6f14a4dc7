import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ids, member } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

describe('member identifiers (BR-D4) and personal data (BR-D5)', () => {
  it('edits the CSDL and Sổ tay identifiers with the version; a cleared one is sent empty', async () => {
    const user = userEvent.setup();
    const shown = member({ csdlId: 'CSDL0001', sotayId: 'ST0001' });
    const api = defaultApi()
      .on('get', '/api/v1/members/{id}', () => ({ status: 200, body: shown }))
      .on('patch', '/api/v1/members/{id}', () => ({
        status: 200,
        body: member({ csdlId: 'CSDL0002', sotayId: null, version: 4 }),
      }));
    renderApp(`/members/${ids.member1}/edit`, api);

    const csdl = await screen.findByLabelText('Mã đảng viên trên CSDL đảng viên 3.0');
    expect(csdl).toHaveValue('CSDL0001');
    await user.clear(csdl);
    await user.type(csdl, 'CSDL0002');
    await user.clear(screen.getByLabelText('Mã trên Sổ tay đảng viên'));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await screen.findByRole('heading', { level: 1, name: 'Lò Văn Pản' });
    expect(api.callsTo('PATCH', `/api/v1/members/${ids.member1}`)[0].body).toEqual({
      version: 3,
      csdlId: 'CSDL0002',
      sotayId: '',
    });
  });

  it('shows the identifiers on the record, or says they are restricted', async () => {
    const first = renderApp(
      `/members/${ids.member1}`,
      defaultApi().on('get', '/api/v1/members/{id}', () => ({
        status: 200,
        body: member({ csdlId: 'CSDL0001' }),
      })),
    );
    expect(await screen.findByText('CSDL0001')).toBeInTheDocument();
    first.unmount();

    renderApp(
      `/members/${ids.member1}`,
      defaultApi().on('get', '/api/v1/members/{id}', () => ({
        status: 200,
        body: member({ personalDataHidden: true }),
      })),
    );
    expect(await screen.findByText('Chỉ chi ủy chi bộ và cán bộ tổ chức cấp trên được xem.')).toBeInTheDocument();
    expect(screen.queryByText('Mã đảng viên trên CSDL đảng viên 3.0')).not.toBeInTheDocument();
  });
});
