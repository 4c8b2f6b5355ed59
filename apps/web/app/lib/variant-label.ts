import type { Locale } from '@bazaarche/i18n';
import type { Translate } from '../i18n/translator.ts';

/** A variant's attributes as a buyer reads them: "Size: L، Colour: red"; names the form knows are translated. */
export function variantLabel(attributes: Record<string, string>, t: Translate, locale: Locale): string {
  return Object.entries(attributes)
    .map(([key, value]) => `${attributeName(key, t)}: ${value}`)
    .join(locale === 'fa' ? '، ' : ', ');
}

export function attributeName(key: string, t: Translate): string {
  if (key === 'size') return t('variant.size');
  if (key === 'colour') return t('variant.colour');
  return key;
}
