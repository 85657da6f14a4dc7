import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { page } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

const hd42 = {
  id: '6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b4201',
  issuer: 'BTCTW',
  number: '42-HD/BTCTW',
  type: 'HUONG_DAN' as const,
  issuedOn: '2025-10-28',
  citation: 'Hướng dẫn 42-HD/BTCTW (28/10/2025)',
};

describe('legal references (BR-D6)', () => {
  it('lists the catalogue and lets committee staff add a document', async () => {
    const user = userEvent.setup();
    const api = defaultApi()
      .on('get', '/api/v1/legal-references', () => ({ status: 200, body: page([hd42]) }))
      .on('post', '/api/v1/legal-references', () => ({
        status: 201,
        body: {
          ...hd42,
          id: '6c1f3a52-0d2b-4e0e-9a31-2f5d0a4b4299',
          number: '05-HD/BTCTW',
          issuedOn: '2026-03-05',
          citation: 'Hướng dẫn 05-HD/BTCTW ngày 05/3/2026',
        },
      }));
    renderApp('/legal-references', api);

    const table = await screen.findByRole('table', { name: 'Văn bản căn cứ' });
    const row = within(table).getByText('42-HD/BTCTW').closest('tr')!;
    expect(row).toHaveTextContent('Hướng dẫn');
    expect(row).toHaveTextContent('BTCTW');
    expect(row).toHaveTextContent('28/10/2025');

    await user.type(screen.getByLabelText(/Số, ký hiệu/), '05-HD/BTCTW');
    await user.type(screen.getByLabelText(/Ngày ban hành/), '2026-03-05');
    await user.type(screen.getByLabelText(/Trích dẫn/), 'Hướng dẫn 05-HD/BTCTW ngày 05/3/2026');
    await user.click(screen.getByRole('button', { name: 'Thêm vào danh mục' }));

    await waitFor(() => expect(screen.getByLabelText(/Số, ký hiệu/)).toHaveValue(''));
    expect(api.callsTo('POST', '/api/v1/legal-references')[0].body).toEqual({
      issuer: 'BTCTW',
      number: '05-HD/BTCTW',
      type: 'HUONG_DAN',
      issuedOn: '2026-03-05',
      citation: 'Hướng dẫn 05-HD/BTCTW ngày 05/3/2026',
    });
  });
});
