import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyState } from '@/components/empty-state';
import { ErrorMessage } from '@/components/error-message';
import { Spinner } from '@/components/spinner';

/** One place for a query's loading, error-with-retry and empty states, so each screen renders only its data. */
export function QueryView<T, E = Error>({
  query,
  empty,
  isEmpty = (data) => Array.isArray(data) && data.length === 0,
  children,
}: {
  query: UseQueryResult<T, E>;
  /** Title of the empty state; without it the data is always passed to `children`. */
  empty?: string;
  /** When the data counts as empty; by default an empty array. */
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Spinner />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (empty !== undefined && isEmpty(query.data)) return <EmptyState title={empty} />;
  return <>{children(query.data)}</>;
}
