import type { components } from '@/lib/api/schema';

type S = components['schemas'];

export type Notice = S['Notice'];
export type NoticeKind = S['NoticeKind'];
export type NoticePage = S['NoticePage'];
export type NoticePreferences = S['NoticePreferences'];
export type NoticePreferencesUpdate = S['NoticePreferencesUpdate'];

export interface NoticeQuery {
  unread: boolean;
  page: number;
  size: number;
}

export const noticeKeys = {
  all: ['notices'] as const,
  list: (q: NoticeQuery) => ['notices', 'list', q] as const,
  unread: ['notices', 'unread'] as const,
  preferences: ['notice-preferences'] as const,
};
