import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Retry only what may heal by itself: the network and 5xx; never 4xx.
        retry: (count, error) =>
          count < 2 && (!(error instanceof ApiError) || error.isNetworkError || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
}
