import { useI18n } from '@/lib/i18n/i18n';
import { formatNumber } from '@/lib/format';

/** Where a page stands: its number (from 0), its size and the count of all rows, as every paged answer says. */
export interface PageFigures {
  page: number;
  size: number;
  total: number;
}

/**
 * Previous / next paging with "page x of y" and the total count; `of` takes a paged answer as it came
 * (`{ items, page, size, total }`) instead of its three figures one by one.
 */
export function Pager({
  onPage,
  label,
  ...figures
}: (PageFigures | { of: PageFigures }) & {
  onPage: (page: number) => void;
  label: string;
}) {
  const { page, size, total } = 'of' in figures ? figures.of : figures;
  const { t, locale } = useI18n();
  const pages = Math.max(1, Math.ceil(total / size));
  if (total <= size && page === 0) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="btn btn-secondary" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {t('pager.previous')}
      </button>
      <span aria-live="polite">
        {t('pager.status', { page: formatNumber(page + 1, locale), pages: formatNumber(pages, locale) })}
      </span>
      <button type="button" className="btn btn-secondary" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
