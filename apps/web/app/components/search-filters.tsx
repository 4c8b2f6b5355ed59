import { formatNumber } from '@bazaarche/i18n';
import { Form, Link, useLocation, useSubmit } from '@remix-run/react';
import type { ChangeEvent } from 'react';
import { searchMessages } from '../i18n/messages/search.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import type { CategoryFacet, ProvinceFacet } from '../lib/search-facets.ts';
import { searchHref, type SearchState } from '../lib/search-params.ts';
import { TextField } from './text-field.tsx';

/** The id of the sidebar's form, which the sort menu above the results also belongs to. */
export const searchFormId = 'search-filters';

interface SearchFiltersProps {
  search: SearchState;
  categories: CategoryFacet[];
  provinces: ProvinceFacet[];
  priceText: { min: string; max: string };
  priceInvalid: { min: boolean; max: boolean };
  /** Where "clear all filters" leads, or null when there is nothing to clear. */
  clearHref: string | null;
  /** Whether the sort menu is on the page; when it is not, the form carries the sort itself. */
  sortShown: boolean;
}

/**
 * The facet sidebar. Trades and provinces are links, so choosing one is a plain navigation; price
 * and availability are a GET form that works without scripts and, with them, applies a choice at once.
 */
export function SearchFilters({ search, categories, provinces, priceText, priceInvalid, clearHref, sortShown }: SearchFiltersProps) {
  const t = useT(searchMessages);
  const submit = useSubmit();
  const { search: address } = useLocation();
  const submitOnChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (event.currentTarget.form) submit(event.currentTarget.form);
  };
  return (
    <aside className="search-filters" aria-labelledby="search-filters-title">
      <div className="search-filters-head">
        <h2 id="search-filters-title">{t('search.filters')}</h2>
        {clearHref ? <Link to={clearHref}>{t('search.clearAll')}</Link> : null}
      </div>

      <section className="facet" aria-labelledby="facet-category-title">
        <h3 id="facet-category-title">{t('search.facetCategory')}</h3>
        <ul className="facet-list">
          <li>
            <FacetLink href={searchHref(search, { category: null })} label={t('search.anyCategory')} selected={search.category === null} />
          </li>
          {categories.map((trade) => (
            <li key={trade.slug}>
              <FacetLink href={searchHref(search, { category: trade.slug })} label={trade.name} count={trade.count} selected={trade.selected} />
              {trade.children.length > 0 ? (
                <ul className="facet-children">
                  {trade.children.map((child) => (
                    <li key={child.slug}>
                      <FacetLink href={searchHref(search, { category: child.slug })} label={child.name} count={child.count} selected={child.selected} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="facet" aria-labelledby="facet-province-title">
        <h3 id="facet-province-title">{t('search.facetProvince')}</h3>
        <ul className="facet-list">
          <li>
            <FacetLink href={searchHref(search, { province: null })} label={t('search.anyProvince')} selected={search.province === null} />
          </li>
          {provinces.map((province) => (
            <li key={province.code}>
              <FacetLink
                href={searchHref(search, { province: province.code })}
                label={province.name}
                count={province.count}
                selected={province.selected}
              />
            </li>
          ))}
        </ul>
      </section>

      {/* Keyed by the address so the boxes show its values again after back or forward. */}
      <Form key={address} id={searchFormId} method="get" action="/search" className="facet-form">
        {search.q ? <input type="hidden" name="q" value={search.q} /> : null}
        {search.category ? <input type="hidden" name="category" value={search.category} /> : null}
        {search.province ? <input type="hidden" name="province" value={search.province} /> : null}
        {!sortShown && search.sort !== 'relevance' ? <input type="hidden" name="sort" value={search.sort} /> : null}

        <fieldset className="facet">
          <legend>{t('search.price')}</legend>
          <div className="price-range">
            <TextField
              name="priceMin"
              label={t('search.priceMin')}
              inputMode="decimal"
              autoComplete="off"
              defaultValue={priceText.min}
              error={priceInvalid.min ? t('search.priceInvalid') : undefined}
            />
            <TextField
              name="priceMax"
              label={t('search.priceMax')}
              inputMode="decimal"
              autoComplete="off"
              defaultValue={priceText.max}
              error={priceInvalid.max ? t('search.priceInvalid') : undefined}
            />
          </div>
        </fieldset>

        <fieldset className="facet">
          <legend>{t('search.supply')}</legend>
          <div className="facet-choices">
            {(
              [
                ['', t('search.supplyAny'), search.madeToOrder === null],
                ['false', t('search.supplyReady'), search.madeToOrder === false],
                ['true', t('search.supplyMadeToOrder'), search.madeToOrder === true],
              ] as const
            ).map(([value, label, checked]) => (
              <label key={value} className="choice">
                <input type="radio" name="madeToOrder" value={value} defaultChecked={checked} onChange={submitOnChange} />
                {label}
              </label>
            ))}
          </div>
        </fieldset>

        <button type="submit" className="button button-primary button-block">
          {t('search.apply')}
        </button>
      </Form>
    </aside>
  );
}

function FacetLink({ href, label, count, selected }: { href: string; label: string; count?: number; selected: boolean }) {
  const t = useT(searchMessages);
  const locale = useLocale();
  const content = (
    <>
      <span className="facet-name">{label}</span>
      {count === undefined ? null : (
        <>
          <span className="facet-count" aria-hidden="true">
            {formatNumber(count, locale)}
          </span>
          <span className="visually-hidden"> ({t('search.facetCount', { count: formatNumber(count, locale) })})</span>
        </>
      )}
    </>
  );
  // The current choice is not a link to itself; "all" above it, or its chip, undoes it.
  return selected ? (
    <span className="facet-link" aria-current="true">
      {content}
    </span>
  ) : (
    <Link to={href} className="facet-link">
      {content}
    </Link>
  );
}
