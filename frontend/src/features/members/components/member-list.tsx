import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { paths } from '@/config/paths';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { ExportButtons } from '@/components/export-buttons';
import { Pager } from '@/components/pager';
import { Spinner } from '@/components/spinner';
import { formatDate, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { exportMembers } from '../api/export-members';
import { useMembers } from '../api/list-members';
import { MEMBER_STATUSES, type ListMembersQuery, type MemberStatus } from '../api/types';
import { StatusBadge } from './status-badge';

const PAGE_SIZE = 20;

/**
 * Members active in an organisation (or its subtree): search (diacritics optional), status
 * filter, paging with the total. Filters live in the URL. A table on wide screens; the same rows
 * become cards on a phone (CSS only).
 */
export function MemberList({
  organizationId,
  defaultSubtree = false,
}: {
  organizationId: string;
  defaultSubtree?: boolean;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 350);
  const statusParam = params.get('status');
  const status = MEMBER_STATUSES.includes(statusParam as MemberStatus) ? (statusParam as MemberStatus) : undefined;
  const includeSubtree = params.has('sub') ? params.get('sub') === '1' : defaultSubtree;
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === null || v === '') next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q, page: null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const query: ListMembersQuery = {
    q: q || undefined,
    status,
    includeSubtree: includeSubtree || undefined,
    page,
    size: PAGE_SIZE,
    sort: 'name',
  };
  const members = useMembers(organizationId, query);
  // The cell column only when the list spans several organisations.
  const showOrganization = includeSubtree && !!members.data?.items.some((m) => m.organizationId !== organizationId);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('member.list.title')}
        {members.data && (
          <span className="count" aria-live="polite">
            {' '}
            ({t('member.list.total', { count: formatNumber(members.data.total, locale) })})
          </span>
        )}
      </h2>
      <form className="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field grow">
          <label htmlFor={`${id}-q`}>{t('member.search.label')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('member.search.placeholder')}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('member.field.status')}</label>
          <select
            id={`${id}-status`}
            value={status ?? ''}
            onChange={(e) => update({ status: e.target.value || null, page: null })}
          >
            <option value="">{t('member.filter.allStatuses')}</option>
            {MEMBER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-check">
          <input
            id={`${id}-sub`}
            type="checkbox"
            checked={includeSubtree}
            onChange={(e) => update({ sub: e.target.checked ? '1' : '0', page: null })}
          />
          <label htmlFor={`${id}-sub`}>{t('member.filter.includeSubtree')}</label>
        </div>
        <ExportButtons
          download={(format) =>
            exportMembers(
              organizationId,
              { q: query.q, status, includeSubtree: query.includeSubtree, sort: 'name' },
              format,
            )
          }
        />
      </form>

      {members.isPending ? (
        <Spinner />
      ) : members.isError ? (
        <ErrorMessage error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data.items.length === 0 ? (
        <EmptyState title={q || status ? t('member.list.noMatch') : t('member.list.empty')} />
      ) : (
        <div className={members.isPlaceholderData ? 'stale' : undefined} aria-busy={members.isFetching}>
          <table className="responsive-table members-table">
            <caption className="visually-hidden">{t('member.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('member.field.fullName')}</th>
                <th scope="col">{t('member.field.status')}</th>
                <th scope="col">{t('member.field.birthYear')}</th>
                <th scope="col">{t('member.field.admissionDate')}</th>
                <th scope="col">{t('member.field.positions')}</th>
                {showOrganization && <th scope="col">{t('member.field.organization')}</th>}
              </tr>
            </thead>
            <tbody>
              {members.data.items.map((m) => (
                <tr key={`${m.id}-${m.attachment}`}>
                  <th scope="row" className="cell-title">
                    <Link href={paths.member.build(m.id)}>{m.fullName}</Link>
                    {m.attachment !== 'PRIMARY' && (
                      <span className="badge badge-temp">{t(`attachment.${m.attachment}`)}</span>
                    )}
                  </th>
                  <td data-label={t('member.field.status')}>
                    <StatusBadge status={m.status} />
                  </td>
                  <td data-label={t('member.field.birthYear')}>{m.birthYear ?? '—'}</td>
                  <td data-label={t('member.field.admissionDate')}>{formatDate(m.admissionDate, locale)}</td>
                  <td
                    data-label={t('member.field.positions')}
                    className={m.positions.length === 0 ? 'empty' : undefined}
                  >
                    {m.positions.length > 0 ? m.positions.map((p) => t(`position.${p}`)).join(', ') : '—'}
                  </td>
                  {showOrganization && <td data-label={t('member.field.organization')}>{m.organizationName}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={members.data.page}
            size={members.data.size}
            total={members.data.total}
            onPage={(p) => update({ page: p > 0 ? String(p) : null })}
            label={t('pager.label')}
          />
        </div>
      )}
    </section>
  );
}
