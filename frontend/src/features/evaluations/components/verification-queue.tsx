import { Link } from 'wouter';
import { Pager } from '@/components/pager';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Spinner } from '@/components/spinner';
import { formatDate, formatNumber, vietnamDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { VerificationItem, VerificationPage } from '../api/types';

/** A list of evaluations waiting for verification (a supervisor's queue, or a subtree's). */
export function VerificationList({ items, link }: { items: VerificationItem[]; link?: (meetingId: string) => string }) {
  const { t, locale } = useI18n();
  if (items.length === 0) return <EmptyState title={t('verify.empty')} />;
  return (
    <ul className="card-list verification-list">
      {items.map((v) => (
        <li key={v.meetingId} className="card verification-item" data-meeting={v.meetingId}>
          <p className="card-title">{v.organizationName}</p>
          <p>
            {t(`meeting.type.${v.meetingType}`)} · {formatDate(vietnamDateTime(v.scheduledStart).date, locale)}
          </p>
          <p>
            {t('verify.col.self')}: <strong>{t(`rating.${v.selfRating}`)}</strong> ({formatNumber(v.selfTotal, locale)})
            · {t(`eval.status.${v.status}`)}
          </p>
          <p className="muted">
            {t('verify.col.due')}: {formatDate(v.dueDate, locale)}{' '}
            {v.overdue && <span className="badge badge-danger">{t('eval.overdue')}</span>}
          </p>
          {link && v.status === 'SUBMITTED' && (
            <Link href={link(v.meetingId)} className="btn btn-primary btn-block">
              {t('verify.open')}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A page of a verification list with its pager. */
export function VerificationQueue({
  query,
  link,
  onPage,
  label,
}: {
  query: {
    isPending: boolean;
    isError: boolean;
    isPlaceholderData?: boolean;
    error: unknown;
    data?: VerificationPage;
    refetch: () => unknown;
  };
  link?: (meetingId: string) => string;
  onPage: (page: number) => void;
  label: string;
}) {
  if (query.isPending) return <Spinner />;
  if (query.isError || !query.data) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const { items, page, size, total } = query.data;
  return (
    <div className={query.isPlaceholderData ? 'stale' : undefined}>
      <VerificationList items={items} link={link} />
      <Pager page={page} size={size} total={total} onPage={onPage} label={label} />
    </div>
  );
}
