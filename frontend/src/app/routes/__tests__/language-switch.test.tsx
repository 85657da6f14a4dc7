import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cellNaKhoang, commune, page } from '@/test/fixtures';
import { defaultApi, renderApp } from '@/test/render-app';

const treeApi = () =>
  defaultApi().on('get', '/api/v1/organizations', ({ query }) => ({
    status: 200,
    body: page(query.get('parentId') ? [cellNaKhoang] : [commune]),
  }));

describe('language switch', () => {
  it('starts in Vietnamese, switches to English, remembers it and tells the API', async () => {
    const user = userEvent.setup();
    const { api } = renderApp('/organizations', treeApi());

    expect(await screen.findByRole('link', { name: 'Tổ chức đảng' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');
    expect(screen.getByRole('button', { name: 'VI' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'EN' }));

    expect(screen.getByRole('link', { name: 'Organisations' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem('chibo.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    // Reference labels follow the language too.
    expect(await screen.findByText('Grassroots party committee')).toBeInTheDocument();

    // The next API call asks for English messages.
    const before = api.calls.length;
    await user.click(screen.getByRole('button', { name: 'Expand Đảng bộ xã Bình Lư' }));
    await waitFor(() => expect(api.calls.length).toBeGreaterThan(before));
    expect(api.calls.at(-1)!.headers.get('Accept-Language')).toBe('en');
  });

  it('uses the remembered language on the next visit', async () => {
    localStorage.setItem('chibo.language', 'en');
    const { resetLanguageFromStorage } = await import('@/lib/i18n/i18n');
    resetLanguageFromStorage();
    renderApp('/organizations');
    expect(await screen.findByRole('link', { name: 'Organisations' })).toBeInTheDocument();
  });
});
