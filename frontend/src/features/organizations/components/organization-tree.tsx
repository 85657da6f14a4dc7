import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { ErrorMessage } from '@/components/error-message';
import { Spinner } from '@/components/spinner';
import { useI18n } from '@/lib/i18n/i18n';
import { formatNumber } from '@/lib/format';
import { useOrganizationsInfinite } from '../api/list-organizations';
import type { ListOrganizationsQuery, OrganizationSummary } from '../api/types';
import { OrganizationBadges } from './organization-badges';
import { useExpanded } from './expanded-store';
import { useOrganizationLabels } from './use-organization-labels';

type Labels = ReturnType<typeof useOrganizationLabels>;

/**
 * A lazily loaded list of organisations (roots, children of a node, or search results). Each
 * node loads its children only when opened, a page at a time.
 */
export function OrganizationList({
  query,
  level = 1,
  labels,
  expandable = true,
  emptyText,
  ariaLabel,
  ancestry = [],
}: {
  query: Omit<ListOrganizationsQuery, 'page'>;
  level?: number;
  /** Ids of the nodes above this list: never rendered again below themselves (guards a cycle). */
  ancestry?: string[];
  labels: Labels;
  expandable?: boolean;
  emptyText?: string;
  ariaLabel?: string;
}) {
  const { t, locale } = useI18n();
  const list = useOrganizationsInfinite(query);
  if (list.isPending) return <Spinner />;
  if (list.isError) return <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.items).filter((o) => !ancestry.includes(o.id));
  const total = list.data.pages[0]?.total ?? 0;
  if (items.length === 0) return emptyText ? <p className="muted tree-empty">{emptyText}</p> : null;
  return (
    <>
      <ul className={level === 1 ? 'tree' : 'tree-children'} aria-label={ariaLabel}>
        {items.map((org) => (
          <OrganizationNode
            key={org.id}
            org={org}
            level={level}
            labels={labels}
            expandable={expandable}
            includeClosed={query.includeClosed}
            ancestry={ancestry}
          />
        ))}
      </ul>
      {list.hasNextPage && (
        <button
          type="button"
          className="btn btn-secondary load-more"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {list.isFetchingNextPage
            ? t('common.loading')
            : t('tree.loadMore', { count: formatNumber(total - items.length, locale) })}
        </button>
      )}
    </>
  );
}

function OrganizationNode({
  org,
  level,
  labels,
  expandable,
  includeClosed,
  ancestry,
}: {
  org: OrganizationSummary;
  ancestry: string[];
  level: number;
  labels: Labels;
  expandable: boolean;
  includeClosed?: boolean;
}) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useExpanded(org.id);
  const hasChildren = expandable && org.childCount > 0;
  return (
    <li className={org.validTo ? 'tree-item closed' : 'tree-item'} data-level={level}>
      <div className="tree-row">
        {hasChildren ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={open}
            aria-label={t(open ? 'tree.collapse' : 'tree.expand', { name: org.name })}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="tree-toggle-spacer" aria-hidden="true" />
        )}
        <div className="tree-label">
          <Link href={paths.organization.build(org.id)} className="tree-link">
            {org.name}
          </Link>
          <span className="tree-meta">
            <OrganizationBadges org={org} typeLabel={labels.typeLabel} categoryLabel={labels.categoryLabel} />
            {org.childCount > 0 && (
              <span className="muted child-count">
                {t('tree.childCount', { count: formatNumber(org.childCount, locale) })}
              </span>
            )}
          </span>
        </div>
      </div>
      {hasChildren && open && (
        <OrganizationList
          query={{ parentId: org.id, includeClosed }}
          level={level + 1}
          labels={labels}
          ancestry={[...ancestry, org.id]}
        />
      )}
    </li>
  );
}
