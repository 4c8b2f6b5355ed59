import { formatMoney, formatNumber } from '@bazaarche/i18n';
import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { BrandMark } from '../components/brand-mark.tsx';
import { FormNotice } from '../components/form-notice.tsx';
import orderSumsStyles from '../components/order-sums.css?url';
import { OrderSums } from '../components/order-sums.tsx';
import { Picture } from '../components/picture.tsx';
import { SellerLink } from '../components/seller-link.tsx';
import { cartMessages } from '../i18n/messages/cart.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { readQuantity } from '../lib/add-to-cart-form.ts';
import { isolate } from '../lib/bidi.ts';
import { loadCart, removeCartLine, setCartLineQuantity } from '../lib/cart.server.ts';
import type { CartLineView, CartSellerView } from '../lib/cart-view.ts';
import { formText } from '../lib/form-data.ts';
import { visitorContext } from '../lib/request-context.server.ts';
import { variantLabel } from '../lib/variant-label.ts';
import cartStyles from './cart-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: orderSumsStyles },
  { rel: 'stylesheet', href: cartStyles },
];

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), cartMessages);
  return [{ title: `${t('cart.title')} | ${t('brand.name')}` }, { name: 'robots', content: 'noindex' }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const context = await visitorContext(request);
  const { cart, removed, setCookie } = await loadCart(request, context);
  const headers = new Headers(context.headers);
  if (setCookie) headers.append('Set-Cookie', setCookie);
  const changed = new URL(request.url).searchParams.get('changed');
  return data({ cart, removed, signedIn: context.user !== null, changed: changed === 'update' || changed === 'remove' ? changed : null }, { headers });
}

export async function action({ request }: ActionFunctionArgs) {
  const context = await visitorContext(request);
  const { locale, headers } = context;
  const t = translator(locale, cartMessages);
  const form = await request.formData();
  const intent = formText(form, 'intent');
  const lineId = formText(form, 'lineId');
  if (!lineId || (intent !== 'update' && intent !== 'remove')) throw new Response(null, { status: 400, headers });

  let change;
  if (intent === 'remove') {
    change = await removeCartLine(request, context, lineId);
  } else {
    const quantity = readQuantity(formText(form, 'quantity'));
    if (quantity === null) return data({ lineId, error: t('cart.quantityInvalid') }, { status: 422, headers });
    const variantId = formText(form, 'variantId') || null;
    change = await setCartLineQuantity(request, context, { id: lineId, listingId: formText(form, 'listingId'), variantId, quantity });
  }
  if (!change.ok) {
    const error = change.errors.fields.quantity ?? change.errors.fields.variantId ?? change.errors.form[0] ?? t('error.generic');
    return data({ lineId, error }, { status: change.status, headers });
  }
  const answered = new Headers(headers);
  if (change.setCookie) answered.append('Set-Cookie', change.setCookie);
  // Post, then redirect: a guest's changed cookie only comes back with the next request, so the
  // cart is read again there; and a reload does not send the change twice.
  throw redirect(`/cart?${new URLSearchParams({ changed: intent })}`, { headers: answered });
}

export default function CartPage() {
  const { cart, removed, signedIn, changed } = useLoaderData<typeof loader>();
  const t = useT(cartMessages);
  const locale = useLocale();
  const count = (n: number) => formatNumber(n, locale);
  return (
    <section className="page-wide cart-page">
      <header className="section-header">
        <h1>{t('cart.title')}</h1>
        {cart.lineCount > 0 ? <p className="section-count">{t(cart.lineCount === 1 ? 'cart.countOne' : 'cart.count', { count: count(cart.lineCount) })}</p> : null}
      </header>
      {removed > 0 ? <p className="notice">{t(removed === 1 ? 'cart.goneRemovedOne' : 'cart.goneRemoved', { count: count(removed) })}</p> : null}
      <FormNotice message={changed === 'remove' ? t('cart.removed') : changed === 'update' ? t('cart.updated') : null} />

      {cart.lineCount === 0 ? (
        <div className="notice cart-empty">
          <p>{t('cart.empty')}</p>
          <Link to="/search" className="button button-primary">
            {t('cart.browse')}
          </Link>
        </div>
      ) : (
        <div className="cart-layout">
          <div className="cart-shops">
            {cart.sellers.map((group) => (
              <ShopGroup key={group.seller.id} group={group} currency={cart.currency} />
            ))}
          </div>
          <aside className="cart-summary" aria-labelledby="cart-summary-title">
            <h2 id="cart-summary-title">{t('cart.summary')}</h2>
            <OrderSums subtotalMinor={cart.subtotalMinor} shippingMinor={cart.shippingMinor} totalMinor={cart.totalMinor} currency={cart.currency} />
            {cart.sellers.length > 1 ? <p className="cart-summary-note">{t('cart.perShop')}</p> : null}
            {cart.ready ? (
              // Signed out, /checkout sends the visitor to log in and straight back; the cart comes along.
              <Link to="/checkout" className="button button-primary button-block">
                {t('cart.checkout')}
              </Link>
            ) : (
              <p className="cart-summary-blocked">{t('cart.fixFirst')}</p>
            )}
            {!signedIn && cart.ready ? <p className="cart-summary-note">{t('cart.checkoutSignIn')}</p> : null}
          </aside>
        </div>
      )}
    </section>
  );
}

function ShopGroup({ group, currency }: { group: CartSellerView; currency: string }) {
  const t = useT(cartMessages);
  const titleId = `shop-${group.seller.id}`;
  return (
    <section className="cart-shop" aria-labelledby={titleId}>
      <h2 id={titleId} className="cart-shop-title">
        {group.seller.kind === 'producer' ? <span className="cart-shop-label">{t('cart.shopLabel')}</span> : null} <SellerLink seller={group.seller} />
      </h2>
      <ul className="cart-lines">
        {group.lines.map((line) => (
          <li key={line.id}>
            <CartLine line={line} currency={currency} />
          </li>
        ))}
      </ul>
      <OrderSums
        subtotalMinor={group.subtotalMinor}
        shippingMinor={group.shippingMinor}
        totalMinor={group.totalMinor}
        currency={currency}
        totalLabel={t(group.seller.kind === 'network' ? 'cart.networkTotal' : 'cart.shopTotal')}
      />
    </section>
  );
}

function CartLine({ line, currency }: { line: CartLineView; currency: string }) {
  const t = useT(cartMessages);
  const locale = useLocale();
  const answer = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formData?.get('lineId') === line.id;
  const error = answer?.lineId === line.id ? answer.error : null;
  // Guest lines go by "listing:variant"; an id attribute is happier without the colon.
  const key = line.id.replace(/[^A-Za-z0-9-]/g, '-');
  const titleId = `line-${key}`;
  const problemId = `line-${key}-problem`;
  const name = isolate(line.name);
  const nameLang = line.nameLang ? { lang: line.nameLang, dir: line.nameLang === 'fa' ? 'rtl' : 'ltr' } : {};
  const lineFields = (
    <>
      <input type="hidden" name="lineId" value={line.id} />
      <input type="hidden" name="listingId" value={line.listingId} />
      {line.variantId ? <input type="hidden" name="variantId" value={line.variantId} /> : null}
    </>
  );
  return (
    <article className="cart-line" aria-labelledby={titleId} data-problem={line.problem ? line.problem.code : undefined}>
      <Link to={`/listings/${line.listingId}`} className="cart-line-media" tabIndex={-1} aria-hidden="true">
        {line.cover ? (
          <Picture image={line.cover} alt="" sizes="6rem" />
        ) : (
          <span className="listing-card-nophoto">
            <BrandMark />
          </span>
        )}
      </Link>
      <div className="cart-line-body">
        <h3 id={titleId} className="cart-line-name">
          <Link to={`/listings/${line.listingId}`} {...nameLang}>
            {line.name}
          </Link>
        </h3>
        {line.variantAttributes ? (
          <p className="cart-line-variant">
            <span className="visually-hidden">{t('cart.variant')}: </span>
            {variantLabel(line.variantAttributes, t, locale)}
          </p>
        ) : null}
        <p className="cart-line-price">
          {t('cart.unitPrice')}: {formatMoney(line.unitPriceMinor, currency, locale)}
        </p>
        {line.problem ? (
          <p id={problemId} className="cart-line-problem">
            {line.problem.message}
          </p>
        ) : null}
        <div className="cart-line-actions">
          <Form method="post" className="cart-line-quantity" preventScrollReset>
            {lineFields}
            <label htmlFor={`quantity-${key}`}>
              <span aria-hidden="true">{t('cart.quantity')}</span>
              <span className="visually-hidden">{t('cart.quantityOf', { name })}</span>
            </label>
            <input
              // A new quantity from the server replaces what was typed.
              key={line.quantity}
              id={`quantity-${key}`}
              name="quantity"
              inputMode="numeric"
              autoComplete="off"
              size={4}
              defaultValue={formatNumber(line.quantity, locale)}
              aria-invalid={error ? true : undefined}
              aria-describedby={[error ? `${problemId}-error` : null, line.problem ? problemId : null].filter(Boolean).join(' ') || undefined}
            />
            <button type="submit" name="intent" value="update" className="button button-small" disabled={busy} aria-label={t('cart.updateOf', { name })}>
              {t('cart.update')}
            </button>
          </Form>
          {line.problem?.code === 'price_changed' ? (
            // Putting the line again at its quantity is how the buyer says they have seen the new price.
            <Form method="post" preventScrollReset>
              {lineFields}
              <input type="hidden" name="quantity" value={line.quantity} />
              <button type="submit" name="intent" value="update" className="button button-small button-primary" disabled={busy}>
                {t('cart.acceptPrice')}
              </button>
            </Form>
          ) : null}
          <Form method="post" preventScrollReset>
            {lineFields}
            <button type="submit" name="intent" value="remove" className="button button-small button-quiet button-danger" disabled={busy} aria-label={t('cart.removeOf', { name })}>
              {t('cart.remove')}
            </button>
          </Form>
        </div>
        {error ? (
          <p id={`${problemId}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <p className="cart-line-total">
        <span className="visually-hidden">{t('cart.lineTotal')}: </span>
        {formatMoney(line.lineTotalMinor, currency, locale)}
      </p>
    </article>
  );
}
