import type { InboxStatus } from '../api/types';

/** The inbox's filters: what a committee wants to see first. */
export const INBOX_FILTERS = ['ALL', 'SUBMITTED', 'LATE', 'RETURNED', 'APPROVED', 'MISSING'] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

/** The server's filter for a chip: the cells' rows are filtered and paged there (submitted first, late, then by name). */
export function inboxQuery(filter: InboxFilter): { status?: InboxStatus[]; late?: boolean } {
  switch (filter) {
    case 'ALL':
      return {};
    case 'LATE':
      return { late: true };
    case 'MISSING':
      return { status: ['NONE', 'DRAFT'] };
    default:
      return { status: [filter] };
  }
}

export const isInboxFilter = (value: string | null): value is InboxFilter =>
  (INBOX_FILTERS as readonly string[]).includes(value ?? '');
