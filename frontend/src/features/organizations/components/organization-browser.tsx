import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'wouter';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { PageHeader } from '@/components/page-header';
import { Spinner } from '@/components/spinner';
import { useI18n } from '@/lib/i18n/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useOrganizationsInfinite } from '../api/list-organizations';
import { OrganizationList } from './organization-tree';
import { useOrganizationLabels } from './use-organization-labels';

const ALL = 'all';

/**
 * The organisation tree: the caller's scope roots, expanded lazily, and a search (diacritics
 * optional, done by the server) within one root or the whole scope. Search text and scope live in
 * the URL so Back returns to the same results.
 */
export function OrganizationBrowser() {
  const { t } = useI18n();
  const id = useId();
  const labels = useOrganizationLabels();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 350);
  const includeClosed = params.get('closed') === '1';
  const roots = useOrganizationsInfinite({ includeClosed: includeClosed || undefined });
  const rootItems = roots.data?.pages.flatMap((p) => p.items) ?? [];
  const within = params.get('within') ?? (rootItems.length > 0 ? rootItems[0].id : ALL);

  // Keep the URL in step with the (debounced) search text.
  useEffect(() => {
    if ((params.get('q') ?? '') === q) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (q) next.set('q', q);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [q, params, setParams]);

  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return (
    <section>
      <PageHeader title={t('org.tree.title')} />
      <form className="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field grow">
          <label htmlFor={`${id}-q`}>{t('org.search.label')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('org.search.placeholder')}
            autoComplete="off"
          />
        </div>
        {rootItems.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-within`}>{t('org.search.within')}</label>
            <select id={`${id}-within`} value={within} onChange={(e) => setParam('within', e.target.value)}>
              {rootItems.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
              <option value={ALL}>{t('org.search.allScope')}</option>
            </select>
          </div>
        )}
        <div className="field field-check">
          <input
            id={`${id}-closed`}
            type="checkbox"
            checked={includeClosed}
            onChange={(e) => setParam('closed', e.target.checked ? '1' : null)}
          />
          <label htmlFor={`${id}-closed`}>{t('org.search.includeClosed')}</label>
        </div>
      </form>

      {roots.isPending ? (
        <Spinner />
      ) : roots.isError ? (
        <ErrorMessage error={roots.error} onRetry={() => void roots.refetch()} />
      ) : rootItems.length === 0 ? (
        <EmptyState title={t('org.tree.noScope.title')}>
          <p>{t('org.tree.noScope.detail')}</p>
        </EmptyState>
      ) : q ? (
        <div aria-live="polite">
          <h2 className="section-title">{t('org.search.results', { q })}</h2>
          <OrganizationList
            key={`${within}|${q}|${includeClosed}`}
            query={{
              q,
              within: within === ALL ? undefined : within,
              includeClosed: includeClosed || undefined,
              sort: 'path',
            }}
            labels={labels}
            expandable={false}
            emptyText={t('org.search.none')}
            ariaLabel={t('org.search.resultsLabel')}
          />
        </div>
      ) : (
        <OrganizationList
          query={{ includeClosed: includeClosed || undefined }}
          labels={labels}
          ariaLabel={t('org.tree.label')}
        />
      )}
    </section>
  );
}
