import { useId, useState } from 'react';
import { ErrorMessage } from '@/components/error-message';
import { useI18n } from '@/lib/i18n/i18n';
import { useCreateCalendarFeed } from '../api/create-calendar-feed';

/** Creates a private iCalendar address (for the caller, or for a cell) and shows it to copy. */
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
    </section>
  );
}
