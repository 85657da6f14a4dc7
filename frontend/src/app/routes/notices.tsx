import { PageHeader } from '@/components/page-header';
import { NoticePreferencesForm } from '@/features/notices/components/notice-preferences-form';
import { NoticesInbox } from '@/features/notices/components/notices-inbox';
import { useI18n } from '@/lib/i18n/i18n';

/** The caller's notices (meeting notices, documents, schedules, verifications) and how they receive them. */
export default function NoticesRoute() {
  const { t } = useI18n();
  return (
    <div className="stack">
      <PageHeader title={t('nav.notices')} />
      <NoticesInbox />
      <NoticePreferencesForm />
    </div>
  );
}
