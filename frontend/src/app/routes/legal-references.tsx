import { PageHeader } from '@/components/page-header';
import { LegalReferencesView } from '@/features/legal-references/components/legal-references-view';
import { useI18n } from '@/lib/i18n/i18n';

/** BR-D6: the catalogue of legal references (văn bản căn cứ) cited by policies and scoring templates. */
export default function LegalReferencesRoute() {
  const { t } = useI18n();
  return (
    <div className="stack">
      <PageHeader title={t('legalRefs.title')} />
      <LegalReferencesView />
    </div>
  );
}
