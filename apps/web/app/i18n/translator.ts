import { defaultLocale, isLocale, translate, type Locale } from '@bazaarche/i18n';
import { messages, type MessageKey } from './messages.ts';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => translate(messages[key], locale, params);
}

/** The language in the root loader's data; an error page rendered without it falls back to Persian. */
export function localeOfRootData(rootData: unknown): Locale {
  const locale = typeof rootData === 'object' && rootData !== null ? (rootData as { locale?: unknown }).locale : undefined;
  return isLocale(locale) ? locale : defaultLocale;
}

/** For `meta` functions, which get the matched routes' data instead of hooks. */
export function localeOfMatches(matches: ReadonlyArray<{ id: string; data: unknown }>): Locale {
  return localeOfRootData(matches.find((match) => match.id === 'root')?.data);
}
