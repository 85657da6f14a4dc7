import { render, screen } from '@testing-library/react';
import { I18nProvider, setLanguage } from '@/lib/i18n/i18n';
import { ReportSigner } from '../report-signer';
import type { ReportSignature } from '../../api/types';

function show(signature: ReportSignature) {
  return render(
    <I18nProvider>
      <ReportSigner signature={signature} />
    </I18nProvider>,
  );
}

// The test setup resets the language after each case.
describe('ReportSigner', () => {
  it('names the signer with the post signed in, in Vietnamese', () => {
    show({ role: 'SECRETARY', name: 'Nguyễn Văn A' });
    expect(screen.getByText('Người ký: Bí thư Nguyễn Văn A')).toBeInTheDocument();
  });

  it('names a deputy as deputy secretary', () => {
    show({ role: 'DEPUTY_SECRETARY', name: 'Lò Thị Bình' });
    expect(screen.getByText('Người ký: Phó bí thư Lò Thị Bình')).toBeInTheDocument();
  });

  it('leaves the post out when the block carries the body line alone', () => {
    show({ role: null, name: 'Phạm Văn Đức' });
    expect(screen.getByText('Người ký: Phạm Văn Đức')).toBeInTheDocument();
  });

  it('shows nothing for a draft, which is not signed yet', () => {
    const { container } = show(null);
    expect(container).toBeEmptyDOMElement();
  });

  it('reads in English when English is chosen', () => {
    setLanguage('en');
    show({ role: 'SECRETARY', name: 'Nguyễn Văn A' });
    expect(screen.getByText('Signed by: Secretary Nguyễn Văn A')).toBeInTheDocument();
  });
});
