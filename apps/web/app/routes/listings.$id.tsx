import { formatMoney, formatNumber, type Locale } from '@bazaarche/i18n';
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Gallery } from '../components/gallery.tsx';
import { localeOfMatches, translator, type Translate } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { getListing } from '../lib/api.server.ts';
import type { Listing } from '../lib/catalogue-types.ts';
import { imageSources } from '../lib/image-sources.ts';
import { availability, localized, paragraphs } from '../lib/listing-view.ts';
import { visitorContext } from '../lib/request-context.server.ts';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, caller, headers } = await visitorContext(request);
  const result = await getListing(caller, params.id!);
  if (!result.ok) {
    // An id that is not even well-formed (422) names no listing either.
    const missing = result.problem.status === 404 || result.problem.status === 422;
    throw new Response(null, { status: missing ? 404 : 503, headers });
  }
  const listing = result.data;
  const photo = Number(new URL(request.url).searchParams.get('photo'));
  return data(
    {
      listing,
      initialPhoto: Number.isSafeInteger(photo) && photo >= 1 ? photo - 1 : 0,
      // Only the owner (or an admin) is shown a listing that is not live; tell them why they can see it.
      ownedByViewer: user?.producer?.id === listing.seller.id,
    },
    { headers },
  );
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const locale = localeOfMatches(matches);
  const t = translator(locale);
  if (!loaded) return [{ title: `${t('errorPage.notFoundTitle')} | ${t('brand.name')}` }];
  const { listing } = loaded;
  const title = localized(listing.title, locale).text;
  const description = paragraphs(localized(listing.description, locale).text)[0]?.slice(0, 160) ?? '';
  const cover = listing.images[0] ? imageSources(listing.images[0]).fallback : undefined;
  return [
    { title: `${title} | ${t('brand.name')}` },
    { name: 'description', content: description },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    ...(cover ? [{ property: 'og:image', content: cover }] : []),
    ...(listing.status === 'active' ? [] : [{ name: 'robots', content: 'noindex' }]),
  ];
};

export default function ListingPage() {
  const { listing, initialPhoto, ownedByViewer } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const title = localized(listing.title, locale);
  const description = localized(listing.description, locale);
  return (
    <article className="page-wide listing-page">
      {listing.status !== 'active' ? (
        <p className="notice preview-notice">
          {t('listing.preview', { status: t(`listingStatus.${listing.status}`) })}{' '}
          {ownedByViewer ? <Link to={`/dashboard/listings/${listing.id}`}>{t('listing.edit')}</Link> : null}
        </p>
      ) : null}
      <div className="listing-layout">
        <Gallery images={listing.images} name={title.text} initial={initialPhoto} />
        <div className="listing-summary">
          <p className="listing-trade">
            <Link to={`/search?${new URLSearchParams({ category: listing.category.slug })}`}>{listing.category.name}</Link>
          </p>
          <h1 lang={title.lang} dir={title.lang === 'fa' ? 'rtl' : 'ltr'}>
            {title.text}
          </h1>
          <p className="listing-price">
            <span className="visually-hidden">{t('listing.price')}: </span>
            {formatMoney(listing.priceMinor, listing.currency, locale)}
          </p>
          <ul className="listing-facts">
            <li>{availabilityText(listing, t, locale)}</li>
            {listing.minOrderQty > 1 ? <li>{t('listing.minOrder', { count: formatNumber(listing.minOrderQty, locale) })}</li> : null}
          </ul>
          {ownedByViewer && listing.status === 'active' ? (
            <p>
              <Link to={`/dashboard/listings/${listing.id}`}>{t('listing.edit')}</Link>
            </p>
          ) : null}
          <SellerCard seller={listing.seller} />
        </div>
      </div>

      {listing.variants.length > 0 ? <VariantsTable listing={listing} /> : null}

      <section className="listing-description" aria-labelledby="description-title">
        <h2 id="description-title">{t('listing.description')}</h2>
        <div className="prose" lang={description.lang} dir={description.lang === 'fa' ? 'rtl' : 'ltr'}>
          {paragraphs(description.text).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      </section>
    </article>
  );
}

function availabilityText(listing: Listing, t: Translate, locale: Locale): string {
  const state = availability(listing);
  switch (state.kind) {
    case 'made-to-order':
      return t('listing.madeToOrder', { days: formatNumber(state.processingDays, locale) });
    case 'in-stock':
      return state.count === null ? t('listing.available') : t('listing.inStock', { count: formatNumber(state.count, locale) });
    case 'out-of-stock':
      return t('listing.outOfStock');
  }
}

function SellerCard({ seller }: { seller: Listing['seller'] }) {
  const t = useT();
  return (
    <aside className="seller-card" aria-labelledby="seller-title">
      <h2 id="seller-title" className="seller-card-label">
        {t('listing.seller')}
      </h2>
      <p className="seller-card-name">{seller.shopName}</p>
      <p className="seller-card-place">{t('place.cityProvince', { city: seller.city, province: seller.province.name })}</p>
      <Link to={`/shops/${seller.slug}`} className="button">
        {t('listing.visitShop')}
      </Link>
    </aside>
  );
}

function VariantsTable({ listing }: { listing: Listing }) {
  const t = useT();
  const locale = useLocale();
  const keys = [...new Set(listing.variants.flatMap((variant) => Object.keys(variant.attributes)))];
  const known: Record<string, string> = { size: t('listingForm.size'), colour: t('listingForm.colour') };
  return (
    <section className="listing-variants" aria-labelledby="variants-title">
      <h2 id="variants-title">{t('listing.variants')}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {keys.map((key) => (
                <th key={key} scope="col">
                  {known[key] ?? key}
                </th>
              ))}
              <th scope="col">{t('listing.variantPrice')}</th>
              <th scope="col">{t('listing.variantStock')}</th>
              <th scope="col">{t('listingForm.sku')}</th>
            </tr>
          </thead>
          <tbody>
            {listing.variants.map((variant) => (
              <tr key={variant.id}>
                {keys.map((key) => (
                  <td key={key}>{variant.attributes[key] ?? '—'}</td>
                ))}
                <td>{formatMoney(variant.priceMinor ?? listing.priceMinor, listing.currency, locale)}</td>
                <td>
                  {listing.madeToOrder
                    ? t('listing.variantStockMade')
                    : variant.stock === null
                      ? t('listing.available')
                      : variant.stock > 0
                        ? formatNumber(variant.stock, locale)
                        : t('listing.outOfStock')}
                </td>
                <td dir="ltr" className="sku">
                  {variant.sku}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
