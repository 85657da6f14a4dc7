import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultApi, fakeAuth, renderApp } from '@/test/render-app';

describe('signed out', () => {
  it('shows the landing page on any URL and logs in in the UI language', async () => {
    const user = userEvent.setup();
    const auth = fakeAuth('anonymous');
    const api = defaultApi();
    renderApp('/organizations/abc', api, auth);
    expect(screen.getByRole('heading', { level: 1, name: 'Sổ tay chi bộ' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(auth.login).toHaveBeenCalledWith({ locale: 'vi' });
    expect(api.calls).toHaveLength(0);
  });
});
