import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { vi, type MessageKey } from './vi';
import { en } from './en';

export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

const STORAGE_KEY = 'chibo.language';
const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

function readStored(): Language {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v === 'en' || v === 'vi' ? v : 'vi';
  } catch {
    return 'vi';
  }
}

// The current language lives outside React too: the API client reads it for Accept-Language.
let current: Language = readStored();
const listeners = new Set<() => void>();

export function getLanguage(): Language {
  return current;
}

export function setLanguage(lang: Language): void {
  if (lang === current) return;
  current = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  listeners.forEach((l) => l());
}

/** Re-reads the stored choice (tests reset localStorage between cases). */
export function resetLanguageFromStorage(): void {
  current = readStored();
  if (typeof document !== 'undefined') document.documentElement.lang = current;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Params = Record<string, string | number>;

export function translate(lang: Language, key: MessageKey, params?: Params): string {
  const template = dictionaries[lang][key] ?? vi[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export interface I18n {
  lang: Language;
  t: (key: MessageKey, params?: Params) => string;
  setLanguage: (lang: Language) => void;
  /** BCP 47 locale for Intl formatting. */
  locale: string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const lang = useSyncExternalStore(subscribe, getLanguage, getLanguage);
  const t = useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => ({ lang, t, setLanguage, locale: lang === 'vi' ? 'vi-VN' : 'en-GB' }), [lang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export type { MessageKey };
