import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { EmptyState } from '@/components/empty-state';
import { useI18n } from '@/lib/i18n/i18n';

export default function NotFoundRoute() {
  const { t } = useI18n();
  return (
    <EmptyState title={t('notFound.title')}>
      <Link href={paths.organizations.build()}>{t('notFound.back')}</Link>
    </EmptyState>
  );
}
