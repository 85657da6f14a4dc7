import type { components } from '@/lib/api/schema';

export type ImportPreview = components['schemas']['ImportPreview'];
export type ImportKind = components['schemas']['ImportKind'];
export type ImportRow = components['schemas']['ImportRow'];

export const importKeys = {
  all: ['imports'] as const,
  detail: (id: string) => [...importKeys.all, 'detail', id] as const,
};
