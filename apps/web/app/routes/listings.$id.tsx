import { formatMoney, formatNumber, type Locale } from '@bazaarche/i18n';
import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FieldNotes } from '../components/field-notes.tsx';
import { FormAlert } from '../components/form-alert.tsx';
import { Gallery } from '../components/gallery.tsx';
import { SellerLink } from '../components/seller-link.tsx';
import { TextField } from '../components/text-field.tsx';
import { cartMessages } from '../i18n/messages/cart.ts';
import { listingMessages } from '../i18n/messages/listing.ts';
import { statusMessages } from '../i18n/messages/status.ts';
import { localeOfMatches, translator, type KeyOf, type Translate } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { readAddToCartForm } from '../lib/add-to-cart-form.ts';
import { getListing } from '../lib/api.server.ts';
import { isolate } from '../lib/bidi.ts';
import { addToCart } from '../lib/cart.server.ts';
import type { Listing } from '../lib/catalogue-types.ts';
import { formText } from '../lib/form-data.ts';
import { imageSources } from '../lib/image-sources.ts';
import { availability, localized, paragraphs } from '../lib/listing-view.ts';
import { visitorContext } from '../lib/request-context.server.ts';
import { listingSeller } from '../lib/seller-view.ts';
import { attributeName, variantLabel } from '../lib/variant-label.ts';
import listingStyles from './listing-page.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: listingStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, caller, headers } = await visitorContext(request);
  const result = await getListing(caller, params.id!);
  if (!result.ok) {
    // An id that is not even well-formed (422) names no listing either.
    const missing = result.problem.status === 404 || result.problem.status === 422;
    throw new Response(null, { status: missing ? 404 : 503, headers });
  }
  const listing = result.data;
  const { searchParams } = new URL(request.url);
  const photo = Number(searchParams.get('photo'));
  return data(
    {
      listing,
      // Just put in the cart: the add-to-cart form redirects here.
      added: searchParams.get('added') === '1',
      initialPhoto: Number.isSafeInteger(photo) && photo >= 1 ? photo - 1 : 0,
      // Only the owner (or an admin) is shown a listing that is not live; tell them why they can see it.
      ownedByViewer: user?.producer?.id === listing.seller.id,
    },
    { headers },
  );
}

/** Add to cart: a plain form post, so it works before (or without) the scripts. */
export async function action({ request, params }: ActionFunctionArgs) {
  const context = await visitorContext(request);
  const { locale, caller, headers } = context;
  const found = await getListing(caller, params.id!);
  if (!found.ok) throw new Response(null, { status: found.problem.status === 404 || found.problem.status === 422 ? 404 : 503, headers });
  const listing = found.data;
  const form = await request.formData();
  const values = { variantId: formText(form, 'variantId'), quantity: formText(form, 'quantity').trim() };
  const read = readAddToCartForm(values, listing, locale);
  if (!read.ok) return data({ values, errors: read.errors }, { status: 422, headers });
  const change = await addToCart(request, context, read.line);
  if (!change.ok) return data({ values, errors: change.errors }, { status: change.status, headers });
  const answered = new Headers(headers);
  if (change.setCookie) answered.append('Set-Cookie', change.setCookie);
  // Post, then redirect: the page that follows, header count included, reads the cart as it now is
  // (a guest's new cookie is only sent by the next request), and a reload does not add it again.
  throw redirect(`/listings/${listing.id}?added=1`, { headers: answered });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const locale = localeOfMatches(matches);
  const t = translator(locale, cartMessages, listingMessages, statusMessages);
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
  const { listing, initialPhoto, ownedByViewer, added } = useLoaderData<typeof loader>();
  const t = useT(cartMessages, listingMessages, statusMessages);
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
          <AddToCart listing={listing} added={added} />
          {ownedByViewer && listing.status === 'active' ? (
            <p>
              <Link to={`/dashboard/listings/${listing.id}`}>{t('listing.edit')}</Link>
            </p>
          ) : null}
          <SellerCard listing={listing} />
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

function availabilityText(listing: Listing, t: Translate<KeyOf<typeof listingMessages>>, locale: Locale): string {
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

/** The shop that makes it, and the network it is sold through when it is: orders then go to the network. */
function SellerCard({ listing }: { listing: Listing }) {
  const t = useT(cartMessages, listingMessages, statusMessages);
  const { seller } = listing;
  return (
    <aside className="seller-card" aria-labelledby="seller-title">
      <h2 id="seller-title" className="seller-card-label">
        {t('listing.seller')}
      </h2>
      <p className="seller-card-name">{seller.shopName}</p>
      <p className="seller-card-place">{t('place.cityProvince', { city: seller.city, province: seller.province.name })}</p>
      {listing.network ? (
        <p className="seller-card-network">
          {t('listing.soldThrough')} <SellerLink seller={listingSeller(listing)} />
        </p>
      ) : null}
      <Link to={`/shops/${seller.slug}`} className="button">
        {t('listing.visitShop')}
      </Link>
    </aside>
  );
}

function VariantsTable({ listing }: { listing: Listing }) {
  const t = useT(cartMessages, listingMessages, statusMessages);
  const locale = useLocale();
  const keys = [...new Set(listing.variants.flatMap((variant) => Object.keys(variant.attributes)))];
  return (
    <section className="listing-variants" aria-labelledby="variants-title">
      <h2 id="variants-title">{t('listing.variants')}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {keys.map((key) => (
                <th key={key} scope="col">
                  {attributeName(key, t)}
                </th>
              ))}
              <th scope="col">{t('listing.variantPrice')}</th>
              <th scope="col">{t('listing.variantStock')}</th>
              <th scope="col">{t('variant.sku')}</th>
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

/** The buy box: a variant when the listing has them, how many, and the button. */
function AddToCart({ listing, added }: { listing: Listing; added: boolean }) {
  const t = useT(cartMessages, listingMessages, statusMessages);
  const locale = useLocale();
  const answer = useActionData<typeof action>();
  const sending = useNavigation().state === 'submitting';
  // A preview says why it is not for sale, and the facts above already say "out of stock".
  if (listing.status !== 'active' || !listing.inStock) return null;
  const fields = answer?.errors?.fields ?? {};
  const hasVariants = listing.variants.length > 0;
  // Without variants, the listing's own stock caps the quantity; with them, each variant's does.
  const max = listing.unitsAvailable;
  const min = listing.minOrderQty;
  const chosen = answer?.values.variantId ?? (listing.variants.length === 1 ? listing.variants[0]!.id : '');
  return (
    <section className="add-to-cart" aria-labelledby="add-to-cart-title">
      <h2 id="add-to-cart-title" className="visually-hidden">
        {t('addToCart.title')}
      </h2>
      {added && !answer ? (
        <p className="form-notice" role="status">
          {t('cart.added', { name: isolate(localized(listing.title, locale).text) })} <Link to="/cart">{t('cart.view')}</Link>
        </p>
      ) : null}
      <FormAlert messages={answer?.errors?.form ?? []} />
      <Form method="post" className="add-to-cart-form" noValidate preventScrollReset>
        {hasVariants ? (
          <fieldset
            className="variant-choice"
            aria-describedby={fields.variantId ? 'field-variantId-error' : undefined}
            data-invalid={fields.variantId ? true : undefined}
          >
            <legend>{t('addToCart.variant')}</legend>
            {listing.variants.map((variant) => {
              const soldOut = variant.unitsAvailable === 0;
              return (
                <label key={variant.id} className="choice" data-disabled={soldOut ? true : undefined}>
                  <input type="radio" name="variantId" value={variant.id} defaultChecked={variant.id === chosen} disabled={soldOut} />
                  <span>
                    {variantLabel(variant.attributes, t, locale)}
                    {' — '}
                    {formatMoney(variant.priceMinor ?? listing.priceMinor, listing.currency, locale)}
                    {soldOut ? ` (${t('addToCart.soldOut')})` : null}
                  </span>
                </label>
              );
            })}
            <FieldNotes name="variantId" hint={undefined} error={fields.variantId} />
          </fieldset>
        ) : null}
        <TextField
          name="quantity"
          label={t('addToCart.quantity')}
          inputMode="numeric"
          autoComplete="off"
          className="quantity-input"
          defaultValue={answer ? answer.values.quantity : formatNumber(min, locale)}
          hint={
            max !== null
              ? t('addToCart.quantityRange', { min: formatNumber(min, locale), max: formatNumber(max, locale) })
              : min > 1
                ? t('addToCart.quantityMin', { min: formatNumber(min, locale) })
                : undefined
          }
          error={fields.quantity}
        />
        <button type="submit" className="button button-primary" disabled={sending}>
          {sending ? t('form.sending') : t('addToCart.submit')}
        </button>
      </Form>
    </section>
  );
}
