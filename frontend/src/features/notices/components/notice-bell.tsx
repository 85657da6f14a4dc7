import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n/i18n';
import { useUnreadNotices } from '../api/count-unread-notices';
import { bellBadge } from '../logic/notice-view';

/** The header's bell: opens the inbox, with the number of unread notices. */
export function NoticeBell({ enabled }: { enabled: boolean }) {
  const { t } = useI18n();
  const unread = useUnreadNotices(enabled);
  const badge = bellBadge(unread.data);
  const label = unread.data ? t('notices.bell.unread', { count: unread.data }) : t('notices.bell');
  return (
    <Link href={paths.notices.build()} className="notice-bell" aria-label={label} title={label}>
      <span aria-hidden="true">🔔</span>
      {badge && (
        <span className="badge badge-danger notice-badge" data-testid="notice-unread">
          {badge}
        </span>
      )}
    </Link>
  );
}
