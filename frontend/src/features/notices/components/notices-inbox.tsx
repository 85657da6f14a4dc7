import { useState } from 'react';
import { Link } from 'wouter';
import { ErrorMessage } from '@/components/error-message';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMyNotices } from '../api/list-my-notices';
import { useMarkNoticeRead } from '../api/mark-notice-read';
import type { Notice } from '../api/types';
import { inAppPath } from '../logic/notice-view';

const PAGE_SIZE = 20;

/** The caller's notices: unread first by default, each with its text as sent, a link to its object and "read". */
export function NoticesInbox() {
  const { t } = useI18n();
  const [unread, setUnread] = useState(true);
  const [page, setPage] = useState(0);
  const query = useMyNotices({ unread, page, size: PAGE_SIZE });
  return (
    <section className="stack" aria-labelledby="notices-title">
      <h2 id="notices-title" className="section-title">
        {t('notices.title')}
      </h2>
      <div className="chips" role="group" aria-label={t('notices.filter')}>
        {[true, false].map((only) => (
          <button
            key={String(only)}
            type="button"
            className={only === unread ? 'btn btn-primary' : 'btn btn-secondary'}
            aria-pressed={only === unread}
            onClick={() => {
              setUnread(only);
              setPage(0);
            }}
          >
            {only ? t('notices.filter.unread') : t('notices.filter.all')}
          </button>
        ))}
      </div>
      <QueryView
        query={query}
        empty={unread ? t('notices.empty.unread') : t('notices.empty')}
        isEmpty={(data) => data.items.length === 0}
      >
        {(data) => (
          <div className={query.isPlaceholderData ? 'stale' : undefined}>
            <ul className="plain-list notice-list">
              {data.items.map((n) => (
                <NoticeCard key={n.id} notice={n} />
              ))}
            </ul>
            <Pager page={data.page} size={data.size} total={data.total} onPage={setPage} label={t('notices.pages')} />
          </div>
        )}
      </QueryView>
    </section>
  );
}

function NoticeCard({ notice }: { notice: Notice }) {
  const { t, locale } = useI18n();
  const read = useMarkNoticeRead();
  const target = inAppPath(notice.link, window.location.origin);
  return (
    <li className={notice.readAt ? 'card notice read' : 'card notice unread'} data-kind={notice.kind}>
      <p>
        <span className="badge">{t(`notices.kind.${notice.kind}`)}</span> <strong>{notice.title}</strong>
      </p>
      <p className="small notice-body">{notice.body}</p>
      <p className="small muted">{formatDateTime(notice.createdAt, locale)}</p>
      <p className="small">
        {target.internal ? (
          <Link href={target.path} onClick={() => !notice.readAt && read.mutate(notice.id)}>
            {t('notices.open')}
          </Link>
        ) : (
          <a href={target.path}>{t('notices.open')}</a>
        )}
        {!notice.readAt && (
          <>
            {' · '}
            <button
              type="button"
              className="btn btn-link"
              disabled={read.isPending}
              onClick={() => read.mutate(notice.id)}
            >
              {t('notices.markRead')}
            </button>
          </>
        )}
      </p>
      <ErrorMessage error={read.error} />
    </li>
  );
}
