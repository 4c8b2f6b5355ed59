import type { Locale } from '@bazaarche/i18n';

/** One suggestion under the header search box: a listing's title in the page's language where it has one. */
export interface Suggestion {
  id: string;
  title: string;
  lang: Locale;
}

/** The suggestions route's answer, or none for anything else (an error page, a proxy's HTML). */
export function suggestionsOf(body: unknown): Suggestion[] {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { items?: unknown }).items)) return [];
  return ((body as { items: unknown[] }).items).filter(isSuggestion);
}

function isSuggestion(value: unknown): value is Suggestion {
  if (typeof value !== 'object' || value === null) return false;
  const { id, title, lang } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof title === 'string' && (lang === 'fa' || lang === 'en');
}
