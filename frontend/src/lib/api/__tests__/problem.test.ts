import { ApiError, problemFromResponse, toApiError, unwrap } from '../problem';

const res = (status: number, statusText = '') => new Response(null, { status, statusText });

describe('problem+json helper', () => {
  it('reads title, detail, code, field errors and the current version', () => {
    const e = toApiError(res(409), {
      type: 'https://chibo.localhost/problems/version-conflict',
      title: 'Dữ liệu đã được người khác thay đổi',
      status: 409,
      code: 'version-conflict',
      detail: 'Bản ghi đã được cập nhật (phiên bản 3).',
      currentVersion: 3,
      errors: [
        { field: 'name', message: 'Tên không được để trống.' },
        { field: 'name', message: 'second message for the same field' },
      ],
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({
      status: 409,
      title: 'Dữ liệu đã được người khác thay đổi',
      code: 'version-conflict',
      currentVersion: 3,
    });
    expect(e.isVersionConflict).toBe(true);
    expect(e.fieldErrors()).toEqual({ name: 'Tên không được để trống.' });
  });

  it("copes with a body that is not a problem (a proxy's HTML page, an empty body)", () => {
    const html = toApiError(res(502, 'Bad Gateway'), '<html><body>upstream</body></html>');
    expect(html).toMatchObject({ status: 502, title: 'Bad Gateway', detail: undefined, errors: [] });
    const empty = toApiError(res(401), undefined);
    expect(empty).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('parses a failed Response', async () => {
    const response = new Response(
      JSON.stringify({ type: 'x', title: 'Ngoài phạm vi được giao', status: 403, code: 'out-of-scope' }),
      {
        status: 403,
        headers: { 'Content-Type': 'application/problem+json' },
      },
    );
    const e = await problemFromResponse(response);
    expect(e).toMatchObject({ status: 403, code: 'out-of-scope', title: 'Ngoài phạm vi được giao' });
  });

  it('unwrap returns data on success and throws the ApiError otherwise', () => {
    expect(unwrap({ data: { a: 1 }, response: res(200) })).toEqual({ a: 1 });
    expect(() =>
      unwrap({ error: { title: 'Không tìm thấy', status: 404, code: 'not-found' }, response: res(404) }),
    ).toThrow(ApiError);
  });
});
