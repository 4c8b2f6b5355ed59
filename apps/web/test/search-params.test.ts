import { describe, expect, it } from 'vitest';
import {
  apiSearchQuery,
  canonicalSearchHref,
  emptySearch,
  hasFilters,
  parsePriceRange,
  readSearchParams,
  searchHref,
  searchParamsOf,
  type SearchState,
} from '../app/lib/search-params.ts';

const params = (query: string) => new URLSearchParams(query);

describe('parsePriceRange', () => {
  it('reads Toman in any digits as rial', () => {
    expect(parsePriceRange('۱۰۰٬۰۰۰', '250000')).toEqual({ min: 1_000_000, max: 2_500_000, invalid: { min: false, max: false } });
    expect(parsePriceRange('', '')).toEqual({ min: null, max: null, invalid: { min: false, max: false } });
    expect(parsePriceRange('12.5', '')).toMatchObject({ min: 125, max: null });
  });

  it('turns a range typed the wrong way round', () => {
    expect(parsePriceRange('500000', '۱۰۰۰۰۰')).toMatchObject({ min: 1_000_000, max: 5_000_000 });
  });

  it('marks a box that holds no amount and leaves that bound out', () => {
    expect(parsePriceRange('ارزان', '200000')).toEqual({ min: null, max: 2_000_000, invalid: { min: true, max: false } });
    expect(parsePriceRange('-5', 'x')).toEqual({ min: null, max: null, invalid: { min: true, max: true } });
  });
});

describe('readSearchParams', () => {
  it('reads every part of a search from the address', () => {
    const { state, priceText, priceInvalid } = readSearchParams(
      params('q=حوله&category=towels&province=IR-21&priceMin=100000&priceMax=۲۰۰۰۰۰&madeToOrder=false&sort=price_asc&page=3'),
    );
    expect(state).toEqual<SearchState>({
      q: 'حوله',
      category: 'towels',
      province: 'IR-21',
      priceMin: 1_000_000,
      priceMax: 2_000_000,
      madeToOrder: false,
      sort: 'price_asc',
      page: 3,
    });
    expect(priceText).toEqual({ min: '100000', max: '200000' });
    expect(priceInvalid).toEqual({ min: false, max: false });
  });

  it('falls back to the defaults for anything missing, empty or nonsense', () => {
    expect(readSearchParams(params('')).state).toEqual(emptySearch);
    expect(readSearchParams(params('q=++&category=&province=%20&priceMin=&madeToOrder=maybe&sort=cheapest&page=0')).state).toEqual(emptySearch);
    expect(readSearchParams(params('page=-2')).state.page).toBe(1);
    expect(readSearchParams(params('page=abc')).state.page).toBe(1);
    expect(readSearchParams(params('page=۲')).state.page).toBe(2);
    expect(readSearchParams(params('madeToOrder=true')).state.madeToOrder).toBe(true);
  });

  it('tidies the words without touching the half-spaces inside them', () => {
    expect(readSearchParams(params(`q=${encodeURIComponent('  حوله\u200cی   نخی ')}`)).state.q).toBe('حوله\u200cی نخی');
  });

  it('keeps a price it could not read as it was typed, so it can be corrected', () => {
    const parsed = readSearchParams(params('priceMin=ارزان&priceMax=۵۰۰٬۰۰۰'));
    expect(parsed.priceText).toEqual({ min: 'ارزان', max: '500000' });
    expect(parsed.priceInvalid).toEqual({ min: true, max: false });
    expect(parsed.state.priceMin).toBeNull();
    expect(parsed.state.priceMax).toBe(5_000_000);
  });
});

describe('searchParamsOf and searchHref', () => {
  const search: SearchState = { ...emptySearch, q: 'گلیم', province: 'IR-10', priceMax: 3_000_005, page: 4 };

  it('writes only what differs from the defaults, prices back in Toman', () => {
    expect(searchParamsOf(search).toString()).toBe(new URLSearchParams({ q: 'گلیم', province: 'IR-10', priceMax: '300000.5', page: '4' }).toString());
    expect(searchParamsOf(emptySearch).toString()).toBe('');
  });

  it('reads back what it wrote', () => {
    const full: SearchState = { q: 'ترشی لیته', category: 'pickles', province: 'IR-01', priceMin: 10, priceMax: 900_000, madeToOrder: true, sort: 'newest', page: 2 };
    expect(readSearchParams(searchParamsOf(full)).state).toEqual(full);
  });

  it('starts a changed search from its first page, unless the change is the page', () => {
    expect(searchHref(search, { category: 'carpets-kilims' })).toBe(`/search?${new URLSearchParams({ q: 'گلیم', category: 'carpets-kilims', province: 'IR-10', priceMax: '300000.5' })}`);
    expect(searchHref(search, { province: null })).toBe(`/search?${new URLSearchParams({ q: 'گلیم', priceMax: '300000.5' })}`);
    expect(searchHref(search, { page: 5 })).toContain('page=5');
    expect(searchHref(emptySearch)).toBe('/search');
  });
});

describe('canonicalSearchHref', () => {
  it('sends what a form without scripts sends to the one address of that search', () => {
    expect(canonicalSearchHref(params('q=حوله&category=&province=IR-21&priceMin=&priceMax=۲۰۰٬۰۰۰&madeToOrder=&sort=relevance'))).toBe(
      `/search?${new URLSearchParams({ q: 'حوله', province: 'IR-21', priceMax: '200000' })}`,
    );
    expect(canonicalSearchHref(params('page=1&utm_source=x'))).toBe('/search');
    expect(canonicalSearchHref(params('q=a&page=3&page=4'))).toBe('/search?q=a&page=3');
  });

  it('leaves an address that is already the one alone, whatever order its parameters come in', () => {
    expect(canonicalSearchHref(params(''))).toBeNull();
    expect(canonicalSearchHref(params('province=IR-21&q=%D8%AD%D9%88%D9%84%D9%87&sort=newest&page=2'))).toBeNull();
  });

  it('never redirects twice', () => {
    for (const query of ['q=%20x%20&priceMin=۱&priceMax=۰&madeToOrder=true&sort=price_desc', 'page=۳&category=towels', 'q=&page=']) {
      const first = canonicalSearchHref(params(query));
      expect(first, query).not.toBeNull();
      expect(canonicalSearchHref(new URL(first!, 'http://x').searchParams), query).toBeNull();
    }
  });

  it('keeps a price it could not read in the address, to show it next to its box', () => {
    expect(canonicalSearchHref(params('priceMin=abc&category='))).toBeNull();
  });
});

describe('apiSearchQuery', () => {
  it('asks the API in rial and leaves out what is not set', () => {
    expect(apiSearchQuery(emptySearch, 24)).toEqual({ sort: 'relevance', page: 1, perPage: 24 });
    expect(
      apiSearchQuery({ q: 'حوله', category: 'towels', province: 'IR-21', priceMin: 0, priceMax: 2_000_000, madeToOrder: false, sort: 'newest', page: 2 }, 24),
    ).toEqual({ q: 'حوله', category: 'towels', province: 'IR-21', priceMin: 0, priceMax: 2_000_000, madeToOrder: 'false', sort: 'newest', page: 2, perPage: 24 });
  });
});

describe('hasFilters', () => {
  it('counts what narrows the results, not the words, order or page', () => {
    expect(hasFilters({ ...emptySearch, q: 'x', sort: 'newest', page: 3 })).toBe(false);
    expect(hasFilters({ ...emptySearch, madeToOrder: false })).toBe(true);
    expect(hasFilters({ ...emptySearch, priceMin: 0 })).toBe(true);
  });
});
