import { useId, useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useCreateCalendarFeed } from '../api/create-calendar-feed';
import { useCalendarFeeds } from '../api/list-calendar-feeds';
import { useRevokeCalendarFeed } from '../api/revoke-calendar-feed';
import type { CalendarFeed } from '../api/types';

/**
 * Creates a private iCalendar address (for the caller, or for a cell) and shows it to copy, followed
 * by the addresses the caller made before, each of which can be revoked.
 */
export function CalendarFeedButton({ scope, organizationId }: { scope: 'ME' | 'CELL'; organizationId?: string }) {
  const { t } = useI18n();
  const id = useId();
  const feed = useCreateCalendarFeed();
  const [copied, setCopied] = useState(false);
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <section className="card calendar-feed">
      {!feed.data && (
        <button
          type="button"
          className="btn btn-secondary"
          disabled={feed.isPending}
          onClick={() => feed.mutate({ scope, organizationId: organizationId ?? null })}
        >
          {scope === 'ME' ? t('calendar.subscribe') : t('calendar.subscribeCell')}
        </button>
      )}
      <ErrorMessage error={feed.error} />
      {feed.data && (
        <div className="field">
          <label htmlFor={id}>{t('calendar.url')}</label>
          <div className="copy-row">
            <input id={id} type="text" readOnly value={feed.data.url} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" className="btn btn-primary" onClick={() => void copy(feed.data.url)}>
              {copied ? t('calendar.copied') : t('calendar.copy')}
            </button>
          </div>
          <p className="hint">{t('calendar.hint')}</p>
        </div>
      )}
      <MyCalendarFeeds
        onRevoked={(feedId) => {
          // The address shown above must not stay on screen as if it still worked.
          if (feed.data?.feedId === feedId) feed.reset();
        }}
      />
    </section>
  );
}

/** The caller's live calendar addresses; nothing at all while there are none. */
function MyCalendarFeeds({ onRevoked }: { onRevoked: (feedId: string) => void }) {
  const { t } = useI18n();
  const feeds = useCalendarFeeds();
  if (feeds.isError) return <ErrorMessage error={feeds.error} onRetry={() => void feeds.refetch()} />;
  if (!feeds.data || feeds.data.items.length === 0) return null;
  return (
    <div className="calendar-feed-list">
      <h3 className="small strong">{t('calendar.mine.title')}</h3>
      <ul className="plain-list">
        {feeds.data.items.map((f) => (
          <CalendarFeedRow key={f.feedId} feed={f} onRevoked={onRevoked} />
        ))}
      </ul>
    </div>
  );
}

function CalendarFeedRow({ feed, onRevoked }: { feed: CalendarFeed; onRevoked: (feedId: string) => void }) {
  const { t, locale } = useI18n();
  const revoke = useRevokeCalendarFeed();
  const [confirming, setConfirming] = useState(false);
  const name = feed.scope === 'ME' ? t('calendar.mine.personal') : (feed.organizationName ?? '');
  return (
    <li aria-label={name}>
      <p>
        <strong>{name}</strong>{' '}
        <span className="hint">({t('calendar.mine.ending', { suffix: feed.feedId.slice(-6) })})</span>
      </p>
      <p className="hint">
        {t('calendar.mine.created', { at: formatDateTime(feed.createdAt, locale) })} ·{' '}
        {feed.lastReadAt
          ? t('calendar.mine.lastRead', { at: formatDateTime(feed.lastReadAt, locale) })
          : t('calendar.mine.neverRead')}
      </p>
      {!confirming && (
        <button type="button" className="btn btn-secondary" onClick={() => setConfirming(true)}>
          {t('calendar.revoke')}
        </button>
      )}
      {confirming && (
        <div className="alert alert-warning" role="alertdialog" aria-label={t('calendar.revoke')}>
          <p>{t('calendar.revokeConfirm')}</p>
          <div className="button-row">
            <button
              type="button"
              className="btn btn-primary"
              disabled={revoke.isPending}
              onClick={() => revoke.mutate(feed.feedId, { onSuccess: () => onRevoked(feed.feedId) })}
            >
              {t('calendar.revokeYes')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <ErrorMessage error={revoke.error} />
    </li>
  );
}
