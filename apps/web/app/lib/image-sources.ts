import type { Locale } from '@bazaarche/i18n';
import type { Image } from './catalogue-types.ts';

export interface ImageSources {
  avif: string | undefined;
  webp: string | undefined;
  /** For the `<img>` itself: a mid-sized WebP, what every browser that ignores both sources still gets. */
  fallback: string | undefined;
}

/** `srcset` strings per format, narrowest first; the API never upscales, so a small photo has fewer widths. */
export function imageSources(image: Pick<Image, 'variants'>): ImageSources {
  const byFormat = (format: 'avif' | 'webp') => {
    const widths = new Map<number, string>();
    for (const variant of image.variants) if (variant.format === format && !widths.has(variant.width)) widths.set(variant.width, variant.url);
    return [...widths].sort(([a], [b]) => a - b);
  };
  const avif = byFormat('avif');
  const webp = byFormat('webp');
  const srcset = (entries: [number, string][]) => (entries.length ? entries.map(([width, url]) => `${url} ${width}w`).join(', ') : undefined);
  const fallbackFrom = webp.length ? webp : avif;
  // The widest variant no wider than 640, else the narrowest there is.
  const fallback = [...fallbackFrom].reverse().find(([width]) => width <= 640) ?? fallbackFrom[0];
  return { avif: srcset(avif), webp: srcset(webp), fallback: fallback?.[1] };
}

/** The photo's description in the page's language, else the other one, else what the caller knows it shows. */
export function altText(image: Pick<Image, 'alt'>, locale: Locale, fallback: string): string {
  const other = locale === 'fa' ? 'en' : 'fa';
  return image.alt[locale] || image.alt[other] || fallback;
}
