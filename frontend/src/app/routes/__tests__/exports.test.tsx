import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cellNaKhoang, commune, ids, organization, page } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';
import { fileNameOf } from '@/lib/api/download';
import { captureDownloads } from '@/test/downloads';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('spreadsheet downloads', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads the dashboard grid with its filters through the authenticated client', async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
      .on('get', '/api/v1/organizations/{id}/dashboard', () => ({
        status: 404,
        body: { type: 'about:blank', title: 'x', status: 404, code: 'not-found' },
      }))
      .on('get', '/api/v1/organizations/{id}/dashboard/cells', () => ({
        status: 200,
        body: { period: '2026-11', ...page([], undefined, 0, 20) },
      }))
      .on('get', '/api/v1/organizations/{id}/dashboard/cells.xlsx', () => ({
        status: 200,
        body: 'PK-fake-xlsx',
        headers: {
          'Content-Type': XLSX,
          'Content-Disposition':
            'attachment; filename="Chi_bo_-_Dang_bo_xa_Binh_Lu_-_2026-11.xlsx"; filename*=UTF-8\'\'Chi%20b%E1%BB%99%20-%20%C4%90%E1%BA%A3ng%20b%E1%BB%99%20x%C3%A3%20B%C3%ACnh%20L%C6%B0%20-%202026-11.xlsx',
        },
      }));
    renderApp(`/organizations/${ids.commune}/dashboard?period=2026-11`, api);

    await user.type(await screen.findByLabelText(/Tìm chi bộ/), 'Nà');
    // The export follows the grid as shown: wait for the (debounced) search to reach it.
    await waitFor(() =>
      expect(api.callsTo('GET', `/api/v1/organizations/${ids.commune}/dashboard/cells`).at(-1)!.query.get('q')).toBe(
        'Nà',
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Tải Excel' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('Chi bộ - Đảng bộ xã Bình Lư - 2026-11.xlsx');
    expect(await saved[0].blob.text()).toBe('PK-fake-xlsx');
    const call = api.callsTo('GET', `/api/v1/organizations/${ids.commune}/dashboard/cells.xlsx`).at(-1)!;
    expect(call.headers.get('Authorization')).toMatch(/^Bearer /);
    expect(call.headers.get('Accept')).toContain(XLSX);
    expect(call.query.get('period')).toBe('2026-11');
    expect(call.query.get('q')).toBe('Nà');
    expect(call.query.has('page')).toBe(false);
  });

  it('downloads the members list as CSV, and shows a refusal instead of a file', async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(cellNaKhoang) }))
      .on('get', '/api/v1/organizations/{id}/members', () => ({ status: 200, body: page([]) }))
      .on('get', '/api/v1/organizations/{id}/members.csv', () => ({
        status: 200,
        body: '\uFEFFHọ và tên\r\n',
        headers: {
          'Content-Type': 'text/csv; charset=UTF-8',
          'Content-Disposition': 'attachment; filename="Dang_vien.csv"',
        },
      }))
      .on('get', '/api/v1/organizations/{id}/members.xlsx', () => ({
        status: 403,
        body: {
          type: 'about:blank',
          title: 'Ngoài phạm vi',
          status: 403,
          code: 'out-of-scope',
          detail: 'Không có quyền.',
        },
      }));
    renderApp(`/organizations/${ids.cellNaKhoang}/members`, api);

    const group = await screen.findByRole('group', { name: 'Tải danh sách' });
    await user.click(within(group).getByRole('button', { name: 'Tải CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('Dang_vien.csv');
    expect(api.callsTo('GET', `/api/v1/organizations/${ids.cellNaKhoang}/members.csv`).at(-1)!.query.get('sort')).toBe(
      'name',
    );

    await user.click(within(group).getByRole('button', { name: 'Tải Excel' }));
    expect(await within(group).findByText(/Không có quyền/)).toBeInTheDocument();
    expect(saved).toHaveLength(1);
  });

  it('downloads the whole monthly schedule of the month shown, whatever page is open', async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    const api = defaultApi()
      .on('get', '/api/v1/organizations/{id}', () => ({ status: 200, body: organization(commune) }))
      .on('get', '/api/v1/organizations/{id}/monthly-schedules/{month}', () => ({
        status: 200,
        body: {
          organizationId: ids.commune,
          organizationName: 'Đảng bộ xã Bình Lư',
          month: '2026-12',
          dueDate: '2026-12-02',
          late: false,
          sentAt: null,
          sentBy: null,
          recipients: [],
          entries: [],
          gaps: [],
          page: 0,
          size: 50,
          totalEntries: 0,
          totalGaps: 0,
        },
      }))
      .on('get', '/api/v1/organizations/{id}/monthly-schedules/{month}.xlsx', () => ({
        status: 200,
        body: 'PK-fake-xlsx',
        headers: {
          'Content-Type': XLSX,
          'Content-Disposition': "attachment; filename*=UTF-8''L%E1%BB%8Bch%20sinh%20ho%E1%BA%A1t%202026-12.xlsx",
        },
      }));
    renderApp(`/organizations/${ids.commune}/monthly-schedule?month=2026-12`, api);

    await user.click(await screen.findByRole('button', { name: 'Tải Excel' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('Lịch sinh hoạt 2026-12.xlsx');
    const call = api.callsTo('GET', `/api/v1/organizations/${ids.commune}/monthly-schedules/2026-12.xlsx`).at(-1)!;
    expect(call.headers.get('Authorization')).toMatch(/^Bearer /);
    expect(call.headers.get('Accept')).toContain(XLSX);
    expect(call.query.has('page')).toBe(false);
  });

  it('reads the UTF-8 name of Content-Disposition before the ASCII one', () => {
    expect(fileNameOf('attachment; filename="a.csv"; filename*=UTF-8\'\'%C4%90%E1%BA%A3ng.csv', 'x')).toBe('Đảng.csv');
    expect(fileNameOf('attachment; filename="a.csv"', 'x')).toBe('a.csv');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
    expect(fileNameOf("attachment; filename*=UTF-8''%E0%A4%A", 'x')).toBe('x');
  });
});
