import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { useAuth } from './auth-context';

export type Me = components['schemas']['Me'];
export type Role = components['schemas']['Role'];

export async function getMe(): Promise<Me> {
  return unwrap(await api().GET('/api/v1/me'));
}

export const meQueryOptions = () => queryOptions({ queryKey: ['me'] as const, queryFn: getMe, staleTime: 5 * 60_000 });

/** The caller and what it may act for (used app-wide: header, permissions, "Tôi" page). */
export function useMe() {
  const auth = useAuth();
  return useQuery({ ...meQueryOptions(), enabled: auth.status === 'authenticated' });
}
