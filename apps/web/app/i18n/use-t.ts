import type { Locale, Messages } from '@bazaarche/i18n';
import { useRouteLoaderData } from '@remix-run/react';
import { localeOfRootData, translator } from './translator.ts';

export function useLocale(): Locale {
  return localeOfRootData(useRouteLoaderData('root'));
}

/** `useT(cartMessages)`: the shared keys and the named feature catalogues' (decision 028). */
export function useT<const Catalogues extends readonly Messages[]>(...catalogues: Catalogues) {
  return translator(useLocale(), ...catalogues);
}
