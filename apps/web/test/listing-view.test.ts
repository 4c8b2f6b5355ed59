import { rgbaToThumbHash } from 'thumbhash';
import { describe, expect, it } from 'vitest';
import { altText, imageSources } from '../app/lib/image-sources.ts';
import { availability, localized, paragraphs } from '../app/lib/listing-view.ts';
import { movePhoto } from '../app/lib/photo-order.ts';
import { placeholderColor } from '../app/lib/placeholder.ts';

describe('imageSources', () => {
  const url = (format: string, width: number) => `https://bazaarche.test/media/${width}.${format}`;
  it('writes one srcset per format, narrowest first, and a mid-sized WebP for the img', () => {
    const sources = imageSources({
      variants: [1280, 320, 640].flatMap((width) => [
        { format: 'avif' as const, width, url: url('avif', width) },
        { format: 'webp' as const, width, url: url('webp', width) },
      ]),
    });
    expect(sources.avif).toBe(`${url('avif', 320)} 320w, ${url('avif', 640)} 640w, ${url('avif', 1280)} 1280w`);
    expect(sources.webp).toBe(`${url('webp', 320)} 320w, ${url('webp', 640)} 640w, ${url('webp', 1280)} 1280w`);
    expect(sources.fallback).toBe(url('webp', 640));
  });

  it('copes with a small photo that has fewer widths, or only one format', () => {
    const sources = imageSources({ variants: [{ format: 'avif', width: 300, url: url('avif', 300) }] });
    expect(sources).toEqual({ avif: `${url('avif', 300)} 300w`, webp: undefined, fallback: url('avif', 300) });
    expect(imageSources({ variants: [{ format: 'webp', width: 1280, url: url('webp', 1280) }] }).fallback).toBe(url('webp', 1280));
    expect(imageSources({ variants: [] })).toEqual({ avif: undefined, webp: undefined, fallback: undefined });
  });
});

describe('altText', () => {
  it('prefers the page’s language, then the other, then what the caller knows', () => {
    expect(altText({ alt: { fa: 'حوله', en: 'Towel' } }, 'en', 'x')).toBe('Towel');
    expect(altText({ alt: { fa: 'حوله', en: null } }, 'en', 'x')).toBe('حوله');
    expect(altText({ alt: { fa: null, en: null } }, 'fa', 'نام محصول')).toBe('نام محصول');
  });
});

describe('placeholderColor', () => {
  it('reads the average colour of a ThumbHash, and nothing from rubbish', () => {
    const orange = new Uint8Array(16 * 16 * 4).map((_, index) => [200, 120, 40, 255][index % 4]!);
    const hash = Buffer.from(rgbaToThumbHash(16, 16, orange)).toString('base64');
    const [r, g, b] = placeholderColor(hash)!.match(/\d+/g)!.map(Number);
    expect(Math.abs(r! - 200) + Math.abs(g! - 120) + Math.abs(b! - 40)).toBeLessThan(15);
    expect(placeholderColor('not base64!')).toBeUndefined();
    expect(placeholderColor('')).toBeUndefined();
  });
});

describe('movePhoto', () => {
  it('swaps a photo with its neighbour, and refuses to leave the ends', () => {
    expect(movePhoto(['a', 'b', 'c'], 'c', 'earlier')).toEqual(['a', 'c', 'b']);
    expect(movePhoto(['a', 'b', 'c'], 'a', 'later')).toEqual(['b', 'a', 'c']);
    expect(movePhoto(['a', 'b', 'c'], 'a', 'earlier')).toBeNull();
    expect(movePhoto(['a', 'b', 'c'], 'c', 'later')).toBeNull();
    expect(movePhoto(['a', 'b'], 'z', 'later')).toBeNull();
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    expect(paragraphs('یک\nدو\r\n\r\nسه\n  \n\n\nچهار  ')).toEqual(['یک\nدو', 'سه', 'چهار']);
    expect(paragraphs('   ')).toEqual([]);
  });
});

describe('localized', () => {
  it('falls back to Persian, and says so', () => {
    expect(localized({ fa: 'حوله', en: 'Towel' }, 'en')).toEqual({ text: 'Towel', lang: 'en' });
    expect(localized({ fa: 'حوله', en: null }, 'en')).toEqual({ text: 'حوله', lang: 'fa' });
    expect(localized({ fa: 'حوله', en: 'Towel' }, 'fa')).toEqual({ text: 'حوله', lang: 'fa' });
  });
});

describe('availability', () => {
  const base = { madeToOrder: null, stock: null, variants: [] };
  const variant = (stock: number | null) => ({ id: 'v', sku: 'A', attributes: {}, priceMinor: null, stock, unitsAvailable: stock });
  it('tells made-to-order, counted, uncounted and sold-out goods apart', () => {
    expect(availability({ ...base, madeToOrder: { processingDays: 7 }, stock: 3 })).toEqual({ kind: 'made-to-order', processingDays: 7 });
    expect(availability({ ...base, stock: 5 })).toEqual({ kind: 'in-stock', count: 5 });
    expect(availability({ ...base, stock: 0 })).toEqual({ kind: 'out-of-stock' });
    expect(availability(base)).toEqual({ kind: 'in-stock', count: null });
  });
  it('adds up the variants’ stock', () => {
    expect(availability({ ...base, variants: [variant(2), variant(0)] })).toEqual({ kind: 'in-stock', count: 2 });
    expect(availability({ ...base, variants: [variant(0), variant(0)] })).toEqual({ kind: 'out-of-stock' });
    expect(availability({ ...base, variants: [variant(0), variant(null)] })).toEqual({ kind: 'in-stock', count: null });
  });
});
