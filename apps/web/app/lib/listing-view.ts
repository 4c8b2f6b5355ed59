import type { Locale } from '@bazaarche/i18n';
import type { Listing } from './catalogue-types.ts';

/** A text in the page's language when the producer wrote one, else the Persian original (and its language, for `lang`). */
export function localized(text: { fa: string; en: string | null }, locale: Locale): { text: string; lang: Locale } {
  return locale === 'en' && text.en ? { text: text.en, lang: 'en' } : { text: text.fa, lang: 'fa' };
}

/** Paragraphs of a description: blank lines separate them; single line breaks stay inside. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

export type Availability =
  | { kind: 'made-to-order'; processingDays: number }
  | { kind: 'in-stock'; count: number | null }
  | { kind: 'out-of-stock' };

/** What a buyer is told about getting it: made after the order, a count on hand, or none left. */
export function availability(listing: Pick<Listing, 'madeToOrder' | 'stock' | 'variants'>): Availability {
  if (listing.madeToOrder) return { kind: 'made-to-order', processingDays: listing.madeToOrder.processingDays };
  if (listing.variants.length > 0) {
    const counted = listing.variants.map((variant) => variant.stock);
    if (counted.some((stock) => stock === null)) return { kind: 'in-stock', count: null };
    const total = counted.reduce<number>((sum, stock) => sum + (stock ?? 0), 0);
    return total > 0 ? { kind: 'in-stock', count: total } : { kind: 'out-of-stock' };
  }
  if (listing.stock === null) return { kind: 'in-stock', count: null };
  return listing.stock > 0 ? { kind: 'in-stock', count: listing.stock } : { kind: 'out-of-stock' };
}
