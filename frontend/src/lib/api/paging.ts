/**
 * Rows per page of the committee reads whose rows grow with the subtree (cells, meetings, evaluations, visits):
 * the server's default; it answers at most 200.
 */
export const SUBTREE_PAGE_SIZE = 50;
