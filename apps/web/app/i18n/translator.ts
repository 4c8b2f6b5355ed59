import { defaultLocale, isLocale, translate, type Locale, type Messages } from '@bazaarche/i18n';
import { sharedMessages } from './messages/shared.ts';

/** The keys every page has (the root's catalogue) and those of the feature catalogues named. */
export type KeyOf<Catalogues extends Messages = Record<never, never>> = keyof typeof sharedMessages | (keyof Catalogues & string);

export type Translate<Key extends string = KeyOf> = (key: Key, params?: Record<string, string | number>) => string;

type KeysOf<Catalogues extends readonly Messages[]> = { [I in keyof Catalogues]: KeyOf<Catalogues[I]> }[number] | KeyOf;

/**
 * Translates the shared keys and those of the feature catalogues a module imports and names here,
 * so a page's bundle carries only the catalogues its modules use, and a key from a catalogue not
 * named is a compile error (decision 028).
 */
export function translator<const Catalogues extends readonly Messages[]>(locale: Locale, ...catalogues: Catalogues): Translate<KeysOf<Catalogues>> {
  return (key, params) => {
    const message = catalogues.find((catalogue) => key in catalogue)?.[key] ?? sharedMessages[key as keyof typeof sharedMessages];
    return translate(message, locale, params);
  };
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
