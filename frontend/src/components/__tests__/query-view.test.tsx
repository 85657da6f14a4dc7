import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UseQueryResult } from '@tanstack/react-query';
import { QueryView } from '@/components/query-view';
import { AuthProvider } from '@/lib/auth/auth-context';
import { I18nProvider } from '@/lib/i18n/i18n';
import { fakeAuth } from '@/test/render-app';

function show(query: Partial<UseQueryResult<string[]>>, empty?: string) {
  return render(
    <I18nProvider>
      <AuthProvider auth={fakeAuth()}>
        <QueryView query={query as UseQueryResult<string[]>} empty={empty}>
          {(data) => (
            <ul>
              {data.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
        </QueryView>
      </AuthProvider>
    </I18nProvider>,
  );
}

describe('QueryView', () => {
  it('shows the spinner while pending', () => {
    show({ isPending: true, isError: false });
    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows the error with a retry that refetches', async () => {
    const refetch = vi.fn();
    show({ isPending: false, isError: true, error: new Error('boom'), refetch } as Partial<UseQueryResult<string[]>>);
    expect(screen.getByRole('alert')).toHaveTextContent('boom');
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('shows the empty state for empty data when a title is given', () => {
    show({ isPending: false, isError: false, data: [] }, 'Nothing here');
    expect(screen.getByText('Nothing here', { selector: '.empty-title' })).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('renders the data through children', () => {
    show({ isPending: false, isError: false, data: ['a', 'b'] }, 'Nothing here');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['a', 'b']);
    expect(screen.queryByText('Nothing here')).not.toBeInTheDocument();
  });
});
