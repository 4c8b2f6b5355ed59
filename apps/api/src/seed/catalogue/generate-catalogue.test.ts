import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type DemoListing, generateCatalogue } from './generate-catalogue.ts';
import { generatePhoto, palettes } from './generate-photo.ts';
import { leafSlugs, trades } from './vocabulary.ts';

const catalogue = generateCatalogue();
const listings = catalogue.flatMap((producer) => producer.listings.map((listing) => ({ producer, listing })));
const wholesaleTrades = new Set(['work-wear', 'hospital-wear', 'corporate-gifts']);
const provinceCodes = new Set(Array.from({ length: 31 }, (_, i) => `IR-${String(i).padStart(2, '0')}`));

/** Every Persian string a buyer sees. */
function persianTexts(): string[] {
  return catalogue.flatMap((p) => [
    p.name,
    p.shopName,
    p.city,
    p.bio,
    ...p.listings.flatMap((l) => [l.title.fa, l.description.fa, ...(l.variants ?? []).flatMap((v) => Object.values(v.attributes))]),
  ]);
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

const sentences = (text: string) => text.split(/(?<=[.!؟?])\s+/).filter(Boolean);

describe('generateCatalogue', () => {
  it('has 40 producers, 37 approved and 3 pending, with about ten listings each', () => {
    expect(catalogue).toHaveLength(40);
    expect(catalogue.filter((p) => p.status === 'approved')).toHaveLength(37);
    expect(catalogue.filter((p) => p.status === 'pending')).toHaveLength(3);
    expect(listings.length).toBeGreaterThanOrEqual(380);
    expect(listings.length).toBeLessThanOrEqual(420);
    for (const p of catalogue.filter((p) => p.status === 'approved')) {
      expect(p.listings.length).toBeGreaterThanOrEqual(9);
      expect(p.listings.length).toBeLessThanOrEqual(12);
    }
  });

  it('spreads producers over at least 14 provinces, with valid codes', () => {
    expect(new Set(catalogue.map((p) => p.provinceCode)).size).toBeGreaterThanOrEqual(14);
    for (const p of catalogue) expect(provinceCodes.has(p.provinceCode)).toBe(true);
  });

  it('covers every leaf trade with at least two producers and eight listings', () => {
    for (const slug of leafSlugs) {
      expect(catalogue.filter((p) => p.trades.includes(slug)).length, slug).toBeGreaterThanOrEqual(2);
      expect(listings.filter(({ listing }) => listing.categorySlug === slug).length, slug).toBeGreaterThanOrEqual(8);
    }
  });

  it('lists each product only under a trade of its producer, who works in one to three trades', () => {
    for (const p of catalogue) {
      expect(p.trades.length).toBeGreaterThanOrEqual(1);
      expect(p.trades.length).toBeLessThanOrEqual(3);
      for (const l of p.listings) expect(p.trades).toContain(l.categorySlug);
    }
  });

  it('gives producers unique demo emails and licences in the 1402-12345 form for about 70%', () => {
    const emails = catalogue.map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z]+\.[a-z]+@demo\.bazaarche\.test$/);
    const licensed = catalogue.filter((p) => p.licenseNo !== undefined);
    for (const p of licensed) expect(p.licenseNo).toMatch(/^1[34]\d{2}-\d{5}$/);
    expect(licensed.length / catalogue.length).toBeCloseTo(0.7, 1);
  });

  it('is deterministic: the same seed gives the same catalogue, another seed another', () => {
    expect(generateCatalogue(1)).toEqual(catalogue);
    expect(generateCatalogue(7)).toEqual(generateCatalogue(7));
    expect(generateCatalogue(2)).not.toEqual(catalogue);
  });

  it('keeps its invariants for other seeds too', () => {
    for (const seed of [2, 3, 42]) {
      const other = generateCatalogue(seed).flatMap((p) => p.listings);
      expect(other.length).toBeGreaterThanOrEqual(380);
      expect(other.length).toBeLessThanOrEqual(420);
      for (const slug of leafSlugs) expect(other.filter((l) => l.categorySlug === slug).length).toBeGreaterThanOrEqual(8);
    }
  });

  it('never repeats a Persian title within one shop', () => {
    for (const p of catalogue) {
      const titles = p.listings.map((l) => l.title.fa);
      expect(new Set(titles).size, p.shopName).toBe(titles.length);
    }
  });

  it('prices in rial, positive, at round Toman amounts', () => {
    const prices = listings.flatMap(({ listing }) => [listing.priceMinor, ...(listing.variants ?? []).flatMap((v) => (v.priceMinor === undefined ? [] : [v.priceMinor]))]);
    for (const rial of prices) {
      expect(Number.isInteger(rial)).toBe(true);
      const toman = rial / 10;
      expect(toman).toBeGreaterThan(0);
      expect(toman % (toman >= 100_000 ? 10_000 : 1_000)).toBe(0);
    }
    for (const { listing } of listings) expect(listing.currency).toBe('IRR');
  });

  it('keeps prices within the ranges of their product kinds', () => {
    const honey = listings.filter(({ listing }) => listing.categorySlug === 'honey' && listing.variants?.some((v) => v.attributes.weight === '۱ کیلوگرم'));
    expect(honey.length).toBeGreaterThan(0);
    for (const { listing } of honey) {
      expect(listing.priceMinor).toBeGreaterThanOrEqual(900_000 * 10);
      expect(listing.priceMinor).toBeLessThanOrEqual(2_500_000 * 10);
    }
  });

  it('gives made-to-order listings processing days and no stock, and in-stock listings stock in one place', () => {
    for (const { listing } of listings) {
      const variantStock = (listing.variants ?? []).filter((v) => v.stock !== undefined);
      if (listing.madeToOrder) {
        expect(listing.madeToOrder.processingDays).toBeGreaterThanOrEqual(3);
        expect(listing.madeToOrder.processingDays).toBeLessThanOrEqual(30);
        expect(listing.stock).toBeUndefined();
        expect(variantStock).toHaveLength(0);
      } else if (listing.variants) {
        expect(listing.stock).toBeUndefined();
        expect(variantStock).toHaveLength(listing.variants.length);
      } else {
        expect(listing.stock).toBeGreaterThanOrEqual(0);
        expect(listing.stock).toBeLessThanOrEqual(40);
      }
      for (const v of variantStock) expect(v.stock).toBeGreaterThanOrEqual(0);
    }
    expect(listings.some(({ listing }) => listing.madeToOrder)).toBe(true);
    expect(listings.some(({ listing }) => listing.stock !== undefined)).toBe(true);
  });

  it('asks a minimum order of 10–50 only for wholesale trades', () => {
    for (const { listing } of listings) {
      if (listing.minOrderQty === undefined) continue;
      expect(wholesaleTrades.has(listing.categorySlug), listing.title.fa).toBe(true);
      expect(listing.minOrderQty).toBeGreaterThanOrEqual(10);
      expect(listing.minOrderQty).toBeLessThanOrEqual(50);
    }
    expect(listings.filter(({ listing }) => listing.minOrderQty !== undefined).length).toBeGreaterThanOrEqual(30);
  });

  it('gives variants unique ASCII SKUs, ASCII attribute keys, and a price only when it differs', () => {
    const withVariants = listings.filter(({ listing }) => listing.variants);
    expect(withVariants.length).toBeGreaterThan(100);
    for (const { listing } of withVariants) {
      const variants = listing.variants!;
      expect(variants.length).toBeGreaterThan(0);
      expect(variants.length).toBeLessThanOrEqual(50);
      expect(new Set(variants.map((v) => v.sku)).size).toBe(variants.length);
      expect(new Set(variants.map((v) => JSON.stringify(v.attributes))).size).toBe(variants.length);
      for (const v of variants) {
        expect(v.sku).toMatch(/^[A-Z0-9][A-Z0-9-]{0,63}$/);
        for (const [key, value] of Object.entries(v.attributes)) {
          expect(key).toMatch(/^[a-z]+$/);
          expect(value.length).toBeLessThanOrEqual(60);
        }
        if (v.priceMinor !== undefined) expect(v.priceMinor).not.toBe(listing.priceMinor);
      }
    }
  });

  it('writes Persian with Persian letters and the half-space, never Arabic ي/ك', () => {
    const texts = [...persianTexts(), ...allStrings(trades)];
    for (const text of texts) {
      expect(text, text).not.toMatch(/[\u064A\u0643\u0649]/);
      // A detached «می» or plural «ها» is a missing half-space; a half-space must sit between letters.
      expect(text, text).not.toMatch(/(^|\s)(ن?می|ها|های)(\s|$)/);
      expect(text, text).not.toMatch(/\u200C(\s|$)|(^|\s)\u200C|\u200C\u200C/);
      expect(text, text).not.toMatch(/ {2}|^\s|\s$/);
    }
    const joined = persianTexts().join(' ');
    for (const word of ['می‌', 'دست‌', 'ها']) expect(joined).toContain(word);
  });

  it('keeps titles and descriptions within limits, with 2–4 Persian sentences', () => {
    for (const { listing } of listings) {
      expect(listing.title.fa.length).toBeLessThanOrEqual(200);
      expect((listing.title.en ?? '').length).toBeLessThanOrEqual(200);
      expect(listing.description.fa.length).toBeLessThanOrEqual(5000);
      expect(sentences(listing.description.fa).length, listing.description.fa).toBeGreaterThanOrEqual(2);
      expect(sentences(listing.description.fa).length, listing.description.fa).toBeLessThanOrEqual(4);
      expect(listing.description.en === undefined).toBe(listing.title.en === undefined);
    }
    const english = listings.filter(({ listing }) => listing.title.en).length / listings.length;
    expect(english).toBeGreaterThan(0.5);
    expect(english).toBeLessThan(0.7);
  });

  it('varies its descriptions', () => {
    const descriptions = listings.map(({ listing }) => listing.description.fa);
    expect(new Set(descriptions).size / descriptions.length).toBeGreaterThan(0.97);
  });

  it('shows mostly active listings, and only drafts for pending producers', () => {
    for (const p of catalogue.filter((p) => p.status === 'pending')) {
      expect(p.listings.length).toBeGreaterThan(0);
      for (const l of p.listings) expect(l.status).toBe('draft');
    }
    const active = listings.filter(({ listing }) => listing.status === 'active').length / listings.length;
    expect(active).toBeGreaterThan(0.88);
    expect(active).toBeLessThan(0.96);
  });

  it('describes a photo with a known palette and motif', () => {
    const photos = listings.map(({ listing }) => listing.photo);
    for (const photo of photos) {
      expect(Object.keys(palettes)).toContain(photo.palette);
      expect(Number.isInteger(photo.seed)).toBe(true);
    }
    expect(new Set(photos.map((photo) => photo.motif)).size).toBeGreaterThanOrEqual(12);
  });
});

describe('generatePhoto', () => {
  const motifs = [...new Set(listings.map(({ listing }) => listing.photo.motif))];
  const photoOf = (motif: string, seed: number): DemoListing['photo'] => ({ palette: Object.keys(palettes)[seed % 8]!, motif, seed });

  it('draws every motif as a valid 1200×900 JPEG, fast', async () => {
    await generatePhoto(photoOf('rug', 1));
    const times: number[] = [];
    for (const [i, motif] of motifs.entries()) {
      const start = performance.now();
      const jpeg = await generatePhoto(photoOf(motif, i));
      times.push(performance.now() - start);
      const meta = await sharp(jpeg).metadata();
      expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 900 });
    }
    times.sort((a, b) => a - b);
    // The median, so one render slowed by a busy machine does not fail the test.
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(150);
  });

  it('gives the same bytes for the same palette, motif and seed', async () => {
    const photo = photoOf('honey-jar', 11);
    expect((await generatePhoto(photo)).equals(await generatePhoto(photo))).toBe(true);
    expect((await generatePhoto(photo)).equals(await generatePhoto({ ...photo, seed: 12 }))).toBe(false);
  });

  it('refuses an unknown motif', async () => {
    await expect(generatePhoto({ palette: 'saffron', motif: 'spaceship', seed: 1 })).rejects.toThrow(/unknown photo/);
  });
});
