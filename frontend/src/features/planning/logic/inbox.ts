import type { InboxCell } from '../api/types';

/** The inbox's filters: what a committee wants to see first. */
export const INBOX_FILTERS = ['ALL', 'SUBMITTED', 'LATE', 'RETURNED', 'APPROVED', 'MISSING'] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

/** Cells matching a filter; submitted plans (waiting for the committee) first, then by name. */
export function filterInbox(cells: InboxCell[], filter: InboxFilter): InboxCell[] {
  const match = (c: InboxCell) => {
    switch (filter) {
      case 'ALL':
        return true;
      case 'LATE':
        return c.late;
      case 'MISSING':
        return c.status === 'NONE' || c.status === 'DRAFT';
      default:
        return c.status === filter;
    }
  };
  const rank = (c: InboxCell) => (c.status === 'SUBMITTED' ? 0 : c.late ? 1 : 2);
  return cells
    .filter(match)
    .sort((a, b) => rank(a) - rank(b) || a.organizationName.localeCompare(b.organizationName, 'vi'));
}
