import type { Locale } from '@bazaarche/i18n';
import { useRouteLoaderData } from '@remix-run/react';
import { localeOfRootData, translator, type Translate } from './translator.ts';

export function useLocale(): Locale {
  return localeOfRootData(useRouteLoaderData('root'));
}

export function useT(): Translate {
  return translator(useLocale());
}
