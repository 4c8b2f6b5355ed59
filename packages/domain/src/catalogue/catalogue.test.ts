import { describe, expect, it } from 'vitest';
import { normalizePersian } from '../text/normalize-persian.ts';
import { availabilityProblem, isAvailable, unitsAvailable } from './listing-availability.ts';
import { nextListingStatus, statusAfterEdit } from './listing-status.ts';
import { slugify, uniqueSlug } from './slugify.ts';

describe('normalizePersian', () => {
  it('unifies Arabic keyboard letters, digits and diacritics', () => {
    expect(normalizePersian('كيف')).toBe('کیف');
    expect(normalizePersian('۱۲۳٤٥')).toBe('12345');
    expect(normalizePersian('عَسَل')).toBe('عسل');
    expect(normalizePersian('خانـــه')).toBe('خانه');
    expect(normalizePersian('Honey')).toBe('honey');
  });
});

describe('slugify', () => {
  it('keeps Persian words and joins them with hyphens', () => {
    expect(slugify('حوله‌بافی مهرگان')).toBe('حوله-بافی-مهرگان');
    expect(slugify('  عسلِ كوهستان (سبلان) ')).toBe('عسل-کوهستان-سبلان');
    expect(slugify('Arta Leather Co.')).toBe('arta-leather-co');
    expect(slugify('!!!')).toBe('shop');
  });
  it('stays within the length limit without a trailing hyphen', () => {
    expect(slugify('a '.repeat(100), 9)).toBe('a-a-a-a-a');
  });
  it('finds the first free suffix', async () => {
    const taken = new Set(['arta', 'arta-2']);
    expect(await uniqueSlug('arta', async (s) => taken.has(s))).toBe('arta-3');
    expect(await uniqueSlug('new', async (s) => taken.has(s))).toBe('new');
  });
});

describe('listing status', () => {
  it('publishes drafts and paused listings, pauses active ones', () => {
    expect(nextListingStatus('draft', 'publish')).toBe('active');
    expect(nextListingStatus('paused', 'publish')).toBe('active');
    expect(nextListingStatus('active', 'pause')).toBe('paused');
  });
  it('refuses moves the state machine does not have', () => {
    expect(nextListingStatus('archived', 'publish')).toBeUndefined();
    expect(nextListingStatus('rejected', 'publish')).toBeUndefined();
    expect(nextListingStatus('draft', 'pause')).toBeUndefined();
    expect(nextListingStatus('archived', 'archive')).toBeUndefined();
  });
  it('sends an edited rejected listing back to draft', () => {
    expect(statusAfterEdit('rejected')).toBe('draft');
    expect(statusAfterEdit('active')).toBe('active');
  });
});

describe('listing availability', () => {
  const v = (stock: number | null) => ({ stock });
  it('wants stock or made-to-order, not both and not neither', () => {
    expect(availabilityProblem({ stock: 3, processingDays: null, variants: [] })).toBeUndefined();
    expect(availabilityProblem({ stock: null, processingDays: 7, variants: [] })).toBeUndefined();
    expect(availabilityProblem({ stock: 3, processingDays: 7, variants: [] })).toBe('stock_and_made_to_order');
    expect(availabilityProblem({ stock: null, processingDays: null, variants: [] })).toBe('stock_or_made_to_order_required');
  });
  it('counts stock per variant', () => {
    expect(availabilityProblem({ stock: null, processingDays: null, variants: [v(1), v(0)] })).toBeUndefined();
    expect(availabilityProblem({ stock: 5, processingDays: null, variants: [v(1)] })).toBe('listing_stock_with_variants');
    expect(availabilityProblem({ stock: null, processingDays: null, variants: [v(1), v(null)] })).toBe('variant_stock_required');
    expect(availabilityProblem({ stock: null, processingDays: 5, variants: [v(null)] })).toBeUndefined();
    expect(availabilityProblem({ stock: null, processingDays: 5, variants: [v(2)] })).toBe('variant_stock_with_made_to_order');
  });
  it('knows whether one can be ordered now', () => {
    expect(isAvailable({ stock: 0, processingDays: null, variants: [] })).toBe(false);
    expect(isAvailable({ stock: null, processingDays: 3, variants: [] })).toBe(true);
    expect(isAvailable({ stock: null, processingDays: null, variants: [v(0), v(2)] })).toBe(true);
    expect(isAvailable({ stock: null, processingDays: null, variants: [v(0), v(null)] })).toBe(false);
    expect(isAvailable({ stock: null, processingDays: 3, variants: [v(null)] })).toBe(true);
    expect(isAvailable({ stock: 1, processingDays: null, variants: [] })).toBe(true);
  });
  it('counts the units one can order: none when stock is missing, no limit when made to order', () => {
    expect(unitsAvailable({ stock: 4, processingDays: null })).toBe(4);
    expect(unitsAvailable({ stock: 0, processingDays: null })).toBe(0);
    expect(unitsAvailable({ stock: null, processingDays: null })).toBe(0);
    expect(unitsAvailable({ stock: null, processingDays: 7 })).toBeNull();
  });
});
