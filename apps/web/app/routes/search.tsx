import { formatMoney, formatNumber, type Locale } from '@bazaarche/i18n';
import { data, redirect, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useNavigation, useSubmit } from '@remix-run/react';
import listingCardStyles from '../components/listing-card.css?url';
import { ListingCard } from '../components/listing-card.tsx';
import pagerStyles from '../components/pager.css?url';
import { Pager } from '../components/pager.tsx';
import { searchFormId, SearchFilters } from '../components/search-filters.tsx';
import { searchMessages } from '../i18n/messages/search.ts';
import { resolveLocale } from '../i18n/locale.server.ts';
import { localeOfMatches, translator, type KeyOf, type Translate } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { callerFor, listCategories, listProvinces, marketplaceCurrency, searchListings } from '../lib/api.server.ts';
import { isolate } from '../lib/bidi.ts';
import { categoryFacets, categoryPath, provinceFacets } from '../lib/search-facets.ts';
import {
  apiSearchQuery,
  canonicalSearchHref,
  emptySearch,
  hasFilters,
  readSearchParams,
  searchHref,
  searchSorts,
  type SearchSort,
  type SearchState,
} from '../lib/search-params.ts';
import { useHydrated } from '../lib/use-hydrated.ts';
import searchStyles from './search-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: pagerStyles },
  { rel: 'stylesheet', href: listingCardStyles },
  { rel: 'stylesheet', href: searchStyles },
];

// Divides evenly into rows of 2, 3 and 4 cards.
const perPage = 24;

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  // One address per search, whatever the form sent, so it can be shared and bookmarked as it is.
  const canonical = canonicalSearchHref(params);
  if (canonical) throw redirect(canonical);

  const locale = await resolveLocale(request);
  const caller = callerFor(request, locale);
  const { state: search, priceText, priceInvalid } = readSearchParams(params);
  const [found, categories, provinces, currency] = await Promise.all([
    searchListings(caller, apiSearchQuery(search, perPage)),
    listCategories(caller),
    listProvinces(caller),
    marketplaceCurrency(caller),
  ]);
  const trades = categories.ok ? categories.data.items : [];
  const places = provinces.ok ? provinces.data.items : [];
  const facets = found.ok ? found.data.facets : { category: {}, province: {} };
  const problem = found.ok
    ? null
    : found.problem.status === 422
      ? { kind: 'invalid' as const, fields: found.problem.details.map((detail) => detail.field) }
      : { kind: 'unavailable' as const, fields: [] };
  return data(
    {
      search,
      priceText,
      priceInvalid,
      results: found.ok ? { items: found.data.items, total: found.data.total, page: found.data.page, tookMs: found.data.tookMs } : null,
      problem,
      categories: categoryFacets(trades, facets.category, search.category),
      provinces: provinceFacets(places, facets.province, search.province),
      tradeName: search.category ? (categoryPath(trades, search.category)?.at(-1)?.name ?? null) : null,
      provinceName: search.province ? (places.find((place) => place.code === search.province)?.name ?? null) : null,
      topTrades: trades.map(({ slug, name }) => ({ slug, name })),
      // Prices are searched in the marketplace currency; without an answer the filters show plain figures.
      currency,
    },
    { status: problem === null ? 200 : problem.kind === 'invalid' ? 400 : 503 },
  );
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = translator(localeOfMatches(matches), searchMessages);
  // A tab title is plain text: no isolation marks, which some systems draw as boxes.
  const title = loaded ? heading(loaded.search, loaded.tradeName, t, (text) => text) : t('search.title');
  return [{ title: `${title} | ${t('brand.name')}` }];
};

function heading(search: SearchState, tradeName: string | null, t: Translate<KeyOf<typeof searchMessages>>, wrap = isolate): string {
  if (search.q) return t('search.resultsFor', { query: wrap(search.q) });
  return tradeName ?? t('search.allProducts');
}

export default function Search() {
  const { search, priceText, priceInvalid, results, problem, categories, provinces, tradeName, provinceName, topTrades, currency } = useLoaderData<typeof loader>();
  const t = useT(searchMessages);
  const locale = useLocale();
  const navigation = useNavigation();
  const busy = navigation.state === 'loading' && navigation.location.pathname === '/search';
  const filters = activeFilters(search, { tradeName, provinceName }, currency, t, locale);
  const clearHref = hasFilters(search) ? searchHref({ ...emptySearch, q: search.q, sort: search.sort }) : null;
  const listed = results !== null && results.items.length > 0;

  return (
    <div className="page-wide search-page">
      <header className="search-header">
        <h1>{heading(search, tradeName, t)}</h1>
        {search.q && tradeName ? <p className="search-trade">{t('search.inTrade', { trade: isolate(tradeName) })}</p> : null}
      </header>
      <div className="search-layout">
        <SearchFilters
          search={search}
          categories={categories}
          provinces={provinces}
          priceText={priceText}
          priceInvalid={priceInvalid}
          clearHref={clearHref}
          sortShown={listed}
        />
        <section className="search-results" aria-labelledby="search-results-title" aria-busy={busy} data-busy={busy || undefined}>
          <h2 id="search-results-title" className="visually-hidden">
            {t('search.results')}
          </h2>
          {problem ? (
            <SearchProblem search={search} kind={problem.kind} fields={problem.fields} />
          ) : results && listed ? (
            <>
              <div className="search-toolbar">
                <p className="search-count">
                  {t(results.total === 1 ? 'search.countOne' : 'search.count', { count: formatNumber(results.total, locale) })}{' '}
                  <span className="search-took">{t('search.took', { ms: formatNumber(results.tookMs, locale) })}</span>
                </p>
                <SortMenu search={search} />
              </div>
              {filters.length > 0 ? <FilterChips filters={filters} label={t('search.activeFilters')} /> : null}
              <ul className="listing-grid">
                {results.items.map((listing, index) => (
                  <li key={listing.id}>
                    <ListingCard listing={listing} href={`/listings/${listing.id}`} priority={index < 4} />
                  </li>
                ))}
              </ul>
              <Pager page={results.page} perPage={perPage} total={results.total} />
            </>
          ) : results && results.total > 0 ? (
            // Past the last page (an old link, a catalogue that shrank): say so and offer the way back.
            <div className="search-empty">
              <p>{t('search.pageEmpty')}</p>
              <Link to={searchHref(search)} className="button button-primary">
                {t('search.firstPage')}
              </Link>
            </div>
          ) : (
            <NoResults search={search} filters={filters} topTrades={topTrades} />
          )}
        </section>
      </div>
    </div>
  );
}

function SortMenu({ search }: { search: SearchState }) {
  const t = useT(searchMessages);
  const submit = useSubmit();
  const hydrated = useHydrated();
  const labels: Record<SearchSort, string> = {
    relevance: t('search.sortRelevance'),
    newest: t('search.sortNewest'),
    price_asc: t('search.sortPriceAsc'),
    price_desc: t('search.sortPriceDesc'),
  };
  // Without words there is nothing to be relevant to, and the API lists the newest first.
  const sorts = search.q ? searchSorts : searchSorts.filter((value) => value !== 'relevance');
  const sort = search.q || search.sort !== 'relevance' ? search.sort : 'newest';
  return (
    <div className="search-sort">
      <label htmlFor="search-sort">{t('search.sort')}</label>
      {/* It belongs to the sidebar's form, so a new order keeps every filter. */}
      <select
        key={sort}
        id="search-sort"
        name="sort"
        form={searchFormId}
        defaultValue={sort}
        onChange={(event) => {
          if (event.currentTarget.form) submit(event.currentTarget.form);
        }}
      >
        {sorts.map((value) => (
          <option key={value} value={value}>
            {labels[value]}
          </option>
        ))}
      </select>
      {/* Without scripts a change of menu sends nothing by itself. */}
      {hydrated ? null : (
        <button type="submit" form={searchFormId} className="button-small">
          {t('search.sortApply')}
        </button>
      )}
    </div>
  );
}

interface ActiveFilter {
  key: string;
  label: string;
  /** This search without the filter. */
  href: string;
}

function activeFilters(
  search: SearchState,
  names: { tradeName: string | null; provinceName: string | null },
  currency: string | null,
  t: Translate<KeyOf<typeof searchMessages>>,
  locale: Locale,
): ActiveFilter[] {
  const price = (amountMinor: number) => (currency ? formatMoney(amountMinor, currency, locale) : formatNumber(amountMinor, locale));
  const filters: ActiveFilter[] = [];
  if (search.category) filters.push({ key: 'category', label: names.tradeName ?? search.category, href: searchHref(search, { category: null }) });
  if (search.province) filters.push({ key: 'province', label: names.provinceName ?? search.province, href: searchHref(search, { province: null }) });
  if (search.priceMin !== null) {
    filters.push({ key: 'priceMin', label: t('search.priceFrom', { price: price(search.priceMin) }), href: searchHref(search, { priceMin: null }) });
  }
  if (search.priceMax !== null) {
    filters.push({ key: 'priceMax', label: t('search.priceTo', { price: price(search.priceMax) }), href: searchHref(search, { priceMax: null }) });
  }
  if (search.madeToOrder !== null) {
    filters.push({
      key: 'madeToOrder',
      label: search.madeToOrder ? t('search.supplyMadeToOrder') : t('search.supplyReady'),
      href: searchHref(search, { madeToOrder: null }),
    });
  }
  return filters;
}

function FilterChips({ filters, label }: { filters: ActiveFilter[]; label: string }) {
  const t = useT(searchMessages);
  return (
    <ul className="chips filter-chips" aria-label={label}>
      {filters.map((filter) => (
        <li key={filter.key} className="chip">
          <Link to={filter.href} aria-label={t('search.removeFilter', { filter: filter.label })}>
            {filter.label}
            <span className="chip-remove" aria-hidden="true">
              ×
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function NoResults({ search, filters, topTrades }: { search: SearchState; filters: ActiveFilter[]; topTrades: { slug: string; name: string }[] }) {
  const t = useT(searchMessages);
  return (
    <div className="search-empty">
      <h2>{search.q ? t('search.noResultsFor', { query: isolate(search.q) }) : t('search.noResults')}</h2>
      <p>{t('search.tipsTitle')}</p>
      <ul className="search-tips">
        {filters.length > 0 ? (
          <li>
            {t('search.tipRemoveFilters')}
            <FilterChips filters={filters} label={t('search.activeFilters')} />
          </li>
        ) : null}
        {search.q ? <li>{t('search.tipSpelling')}</li> : null}
        {topTrades.length > 0 ? (
          <li>
            {t('search.tipTrades')}
            <ul className="chips">
              {topTrades.map((trade) => (
                <li key={trade.slug} className="chip">
                  <Link to={searchHref(emptySearch, { category: trade.slug })}>{trade.name}</Link>
                </li>
              ))}
            </ul>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** The address names filters the API refuses, or the API is away: say which, in words, and how to go on. */
function SearchProblem({ search, kind, fields }: { search: SearchState; kind: 'invalid' | 'unavailable'; fields: string[] }) {
  const t = useT(searchMessages);
  if (kind === 'unavailable') {
    return (
      <p className="notice search-problem" role="alert">
        {t('error.unavailable')}
      </p>
    );
  }
  const labels: Partial<Record<keyof SearchState, string>> = {
    q: t('search.fieldQuery'),
    category: t('search.facetCategory'),
    province: t('search.facetProvince'),
    priceMin: t('search.price'),
    priceMax: t('search.price'),
    madeToOrder: t('search.supply'),
    sort: t('search.sort'),
    page: t('search.fieldPage'),
  };
  const removable = [...new Set(fields)].filter((field): field is keyof SearchState => field in labels);
  return (
    <div className="notice search-problem" role="alert">
      <p>{t('search.invalid')}</p>
      <ul className="chips">
        {removable.map((field) => (
          <li key={field} className="chip">
            <Link to={searchHref(search, { [field]: emptySearch[field] })}>{t('search.invalidField', { filter: labels[field]! })}</Link>
          </li>
        ))}
        <li className="chip">
          <Link to="/search">{t('search.startOver')}</Link>
        </li>
      </ul>
    </div>
  );
}
