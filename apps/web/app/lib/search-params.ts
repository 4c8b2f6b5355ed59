import type { paths } from '@bazaarche/api-client';
import { parseTomanAsRial, parseWholeNumber, rialAsTomanInput, type NumberInput } from './number-input.ts';

export const searchSorts = ['relevance', 'newest', 'price_asc', 'price_desc'] as const;
export type SearchSort = (typeof searchSorts)[number];

/**
 * A search as the page runs it. Prices are rial minor units, as the API takes them; in the page's
 * address they are Toman, the unit people type and read, so a shared link says what it shows.
 */
export interface SearchState {
  q: string;
  category: string | null;
  province: string | null;
  priceMin: number | null;
  priceMax: number | null;
  madeToOrder: boolean | null;
  sort: SearchSort;
  page: number;
}

export const emptySearch: SearchState = {
  q: '',
  category: null,
  province: null,
  priceMin: null,
  priceMax: null,
  madeToOrder: null,
  sort: 'relevance',
  page: 1,
};

export interface PriceRange {
  min: number | null;
  max: number | null;
  /** Which box held something that is not a Toman amount; that bound is left out of the search. */
  invalid: { min: boolean; max: boolean };
}

/** The two Toman boxes of the price filter as a range in rial; a range typed the wrong way round is turned round. */
export function parsePriceRange(minText: string, maxText: string): PriceRange {
  const min = parseTomanAsRial(minText);
  const max = parseTomanAsRial(maxText);
  const invalid = { min: min.kind === 'invalid', max: max.kind === 'invalid' };
  const low = valueOf(min);
  const high = valueOf(max);
  if (low !== null && high !== null && low > high) return { min: high, max: low, invalid };
  return { min: low, max: high, invalid };
}

export interface ParsedSearch {
  state: SearchState;
  /** What the price boxes should show: the address's own text when it could not be read, so it can be corrected. */
  priceText: { min: string; max: string };
  priceInvalid: { min: boolean; max: boolean };
}

/** Reads a search from the page's address, forgiving anything a person or an old link could put there. */
export function readSearchParams(params: URLSearchParams): ParsedSearch {
  const minText = params.get('priceMin') ?? '';
  const maxText = params.get('priceMax') ?? '';
  const price = parsePriceRange(minText, maxText);
  const sort = params.get('sort');
  const page = parseWholeNumber(params.get('page') ?? '');
  const state: SearchState = {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(),
    category: present(params.get('category')),
    province: present(params.get('province')),
    priceMin: price.min,
    priceMax: price.max,
    madeToOrder: params.get('madeToOrder') === 'true' ? true : params.get('madeToOrder') === 'false' ? false : null,
    sort: searchSorts.find((known) => known === sort) ?? 'relevance',
    page: page.kind === 'number' && page.value >= 1 ? page.value : 1,
  };
  return {
    state,
    priceText: {
      min: price.invalid.min ? minText : priceInput(state.priceMin),
      max: price.invalid.max ? maxText : priceInput(state.priceMax),
    },
    priceInvalid: price.invalid,
  };
}

/** The one way a search is written in an address: defaults left out, prices in Toman with Latin digits. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.category) params.set('category', state.category);
  if (state.province) params.set('province', state.province);
  if (state.priceMin !== null) params.set('priceMin', rialAsTomanInput(state.priceMin));
  if (state.priceMax !== null) params.set('priceMax', rialAsTomanInput(state.priceMax));
  if (state.madeToOrder !== null) params.set('madeToOrder', String(state.madeToOrder));
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page !== 1) params.set('page', String(state.page));
  return params;
}

/**
 * The address of this search with some of it changed. Any change but the page starts again from
 * the first page, since the old page number means nothing in a different set of results.
 */
export function searchHref(state: SearchState, change: Partial<SearchState> = {}): string {
  const params = searchParamsOf({ ...state, page: 1, ...change });
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}

/**
 * Where to send a visitor whose address writes the search another way (empty boxes from a form
 * sent without scripts, Persian digits, `page=1`), so every search has one shareable address;
 * null when it is already that one, or when a price could not be read and must be shown as typed.
 */
export function canonicalSearchHref(params: URLSearchParams): string | null {
  const { state, priceInvalid } = readSearchParams(params);
  if (priceInvalid.min || priceInvalid.max) return null;
  return sameEntries(params, searchParamsOf(state)) ? null : searchHref(state, { page: state.page });
}

/** Whether the search narrows the catalogue by anything besides its words. */
export function hasFilters(state: SearchState): boolean {
  return state.category !== null || state.province !== null || state.priceMin !== null || state.priceMax !== null || state.madeToOrder !== null;
}

export type ApiSearchQuery = NonNullable<paths['/v1/search']['get']['parameters']['query']>;

/** The API's query for this search; absent filters are left out rather than sent empty. */
export function apiSearchQuery(state: SearchState, perPage: number): ApiSearchQuery {
  return {
    ...(state.q ? { q: state.q } : {}),
    ...(state.category ? { category: state.category } : {}),
    ...(state.province ? { province: state.province } : {}),
    ...(state.priceMin !== null ? { priceMin: state.priceMin } : {}),
    ...(state.priceMax !== null ? { priceMax: state.priceMax } : {}),
    ...(state.madeToOrder !== null ? { madeToOrder: state.madeToOrder ? 'true' : 'false' } : {}),
    sort: state.sort,
    page: state.page,
    perPage,
  };
}

function valueOf(input: NumberInput): number | null {
  return input.kind === 'number' ? input.value : null;
}

function priceInput(rial: number | null): string {
  return rial === null ? '' : rialAsTomanInput(rial);
}

function present(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The same parameters, in whatever order: a form sends its fields in page order, not ours. */
function sameEntries(a: URLSearchParams, b: URLSearchParams): boolean {
  const sorted = (params: URLSearchParams) => [...params].map(([key, value]) => `${key}=${value}`).sort();
  const left = sorted(a);
  const right = sorted(b);
  return left.length === right.length && left.every((entry, index) => entry === right[index]);
}
