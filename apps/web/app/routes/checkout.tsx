import { formatMoney, formatNumber } from '@bazaarche/i18n';
import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FieldNotes } from '../components/field-notes.tsx';
import { FormAlert } from '../components/form-alert.tsx';
import orderSumsStyles from '../components/order-sums.css?url';
import { OrderSums } from '../components/order-sums.tsx';
import { SellerName } from '../components/seller-link.tsx';
import { SelectField } from '../components/select-field.tsx';
import { TextAreaField } from '../components/text-area-field.tsx';
import { TextField } from '../components/text-field.tsx';
import { cartMessages } from '../i18n/messages/cart.ts';
import { checkoutMessages } from '../i18n/messages/checkout.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { getCart, listOrders, listPaymentMethods, listProvinces, placeOrder } from '../lib/api.server.ts';
import { isolate } from '../lib/bidi.ts';
import { cartView, type CartView } from '../lib/cart-view.ts';
import { checkoutBody, checkoutDefaults, checkoutFieldOf, readCheckoutForm } from '../lib/checkout-form.ts';
import { formText } from '../lib/form-data.ts';
import { formErrorsFromProblem } from '../lib/form-errors.ts';
import { sessionContext, signedInContext, toLogIn } from '../lib/request-context.server.ts';
import { variantLabel } from '../lib/variant-label.ts';
import cartStyles from './cart-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: orderSumsStyles },
  { rel: 'stylesheet', href: cartStyles },
];

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), cartMessages, checkoutMessages);
  return [{ title: `${t('checkout.title')} | ${t('brand.name')}` }, { name: 'robots', content: 'noindex' }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { locale, user, caller, headers } = await signedInContext(request);
  const [cart, provinces, lastOrder, methods] = await Promise.all([
    getCart(caller),
    listProvinces(caller),
    listOrders(caller, { page: 1, perPage: 1 }),
    listPaymentMethods(caller),
  ]);
  if (!cart.ok || !provinces.ok) throw new Response(null, { status: 503, headers });
  // Card-to-card is promised only when the API says a card is configured; a Sheba transfer always works.
  const manual = methods.ok ? methods.data.items.find((method) => method.method === 'manual') : undefined;
  const cardToCard = manual?.method === 'manual' && manual.cardToCard;
  if (cart.data.items.length === 0) throw redirect('/cart', { headers });
  return data(
    {
      cart: cartView(cart.data, locale),
      provinces: provinces.data.items,
      defaults: checkoutDefaults(lastOrder.ok ? (lastOrder.data.items[0]?.shippingAddress ?? null) : null, user.name),
      cardToCard,
      // The API says whether every seller in this cart takes cash at the door.
      codOffered: cart.data.paymentMethods.includes('cod'),
      // One key per rendering of the form: pressing "place order" twice, or resending the page, gives one order.
      idempotencyKey: crypto.randomUUID(),
    },
    { headers },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  // Placing the order needs the buyer's token, not their profile: one call to the API, not two.
  const { locale, caller, headers } = await sessionContext(request);
  const form = await request.formData();
  const values = readCheckoutForm(form);
  const idempotencyKey = formText(form, 'idempotencyKey') || crypto.randomUUID();
  const result = await placeOrder(caller, checkoutBody(values), idempotencyKey);
  if (result.ok) throw redirect(`/orders/${result.data.id}?placed=1`, { headers });
  if (result.problem.status === 401) throw toLogIn(request, headers);
  return data(
    {
      values,
      errors: formErrorsFromProblem(result.problem, locale, checkoutFieldOf),
      // A stock or price change is fixed in the cart, not here.
      reviewCart: result.problem.status === 409 || result.problem.code === 'cart_empty',
      // Kept, so that trying again after a failure the API may have half-seen still cannot order twice.
      idempotencyKey,
    },
    { status: result.problem.status || 503, headers },
  );
}

export default function Checkout() {
  const { cart, provinces, defaults, cardToCard, codOffered, idempotencyKey } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT(cartMessages, checkoutMessages);
  const sending = useNavigation().state === 'submitting';
  const values = answer?.values ?? defaults;
  const fields = answer?.errors.fields ?? {};
  return (
    <section className="page-wide checkout-page">
      <Link to="/cart" className="back-link">
        {t('checkout.editCart')}
      </Link>
      <h1>{t('checkout.title')}</h1>
      <div className="cart-layout">
        <div className="panel checkout-form-panel">
          {!cart.ready ? (
            <div className="notice">
              <p>{t('checkout.reviewCart')}</p>
              <Link to="/cart" className="button">
                {t('checkout.editCart')}
              </Link>
            </div>
          ) : (
            <Form method="post" className="stack-form" noValidate>
              <FormAlert messages={answer?.errors.form ?? []} />
              {answer?.reviewCart ? (
                <p>
                  <Link to="/cart">{t('checkout.editCart')}</Link>
                </p>
              ) : null}
              <input type="hidden" name="idempotencyKey" value={answer?.idempotencyKey ?? idempotencyKey} />
              <fieldset className="form-section">
                <legend>{t('checkout.address')}</legend>
                <div className="field-row">
                  <TextField
                    name="recipientName"
                    label={t('checkout.recipientName')}
                    autoComplete="name"
                    required
                    maxLength={120}
                    defaultValue={values.recipientName}
                    error={fields.recipientName}
                  />
                  <TextField
                    name="phone"
                    type="tel"
                    dir="ltr"
                    label={t('checkout.phone')}
                    autoComplete="tel"
                    inputMode="tel"
                    required
                    maxLength={40}
                    hint={t('checkout.phoneHint')}
                    defaultValue={values.phone}
                    error={fields.phone}
                  />
                </div>
                <div className="field-row">
                  <SelectField
                    name="provinceCode"
                    label={t('checkout.province')}
                    autoComplete="address-level1"
                    required
                    defaultValue={values.provinceCode}
                    error={fields.provinceCode}
                  >
                    <option value="">{t('checkout.provinceChoose')}</option>
                    {provinces.map((province) => (
                      <option key={province.code} value={province.code}>
                        {province.name}
                      </option>
                    ))}
                  </SelectField>
                  <TextField
                    name="city"
                    label={t('checkout.city')}
                    autoComplete="address-level2"
                    required
                    maxLength={80}
                    defaultValue={values.city}
                    error={fields.city}
                  />
                </div>
                <TextAreaField
                  name="addressLine"
                  label={t('checkout.addressLine')}
                  autoComplete="street-address"
                  rows={2}
                  required
                  maxLength={300}
                  hint={t('checkout.addressLineHint')}
                  defaultValue={values.addressLine}
                  error={fields.addressLine}
                />
                <TextField
                  name="postalCode"
                  dir="ltr"
                  className="postal-code-input"
                  label={t('checkout.postalCode')}
                  autoComplete="postal-code"
                  inputMode="numeric"
                  required
                  maxLength={40}
                  hint={t('checkout.postalCodeHint')}
                  defaultValue={values.postalCode}
                  error={fields.postalCode}
                />
              </fieldset>
              <fieldset
                className="form-section"
                aria-describedby={['field-paymentMethod-hint', fields.paymentMethod ? 'field-paymentMethod-error' : null].filter(Boolean).join(' ')}
              >
                <legend>{t('checkout.payment')}</legend>
                <label className="choice">
                  <input type="radio" name="paymentMethod" value="manual" defaultChecked={!codOffered || values.paymentMethod !== 'cod'} />
                  <span>{t(cardToCard ? 'checkout.paymentManualCard' : 'checkout.paymentManual')}</span>
                </label>
                {codOffered ? (
                  <label className="choice">
                    <input type="radio" name="paymentMethod" value="cod" defaultChecked={values.paymentMethod === 'cod'} />
                    <span>{t('checkout.paymentCod')}</span>
                  </label>
                ) : null}
                <FieldNotes
                  name="paymentMethod"
                  hint={codOffered ? `${t('checkout.paymentManualHint')} ${t('checkout.paymentCodHint')}` : t('checkout.paymentManualHint')}
                  error={fields.paymentMethod}
                />
              </fieldset>
              <div className="form-actions">
                <button type="submit" className="button button-primary" disabled={sending}>
                  {sending ? t('form.sending') : t('checkout.submit')}
                </button>
              </div>
            </Form>
          )}
        </div>
        <CheckoutSummary cart={cart} />
      </div>
    </section>
  );
}

function CheckoutSummary({ cart }: { cart: CartView }) {
  const t = useT(cartMessages, checkoutMessages);
  const locale = useLocale();
  return (
    <aside className="cart-summary" aria-labelledby="checkout-summary-title">
      <h2 id="checkout-summary-title">{t('checkout.summary')}</h2>
      {cart.sellers.map((group) => (
        <section key={group.seller.id} className="checkout-shop" aria-label={group.seller.shopName}>
          <h3 className="checkout-shop-title">
            {group.seller.kind === 'producer' ? <span className="cart-shop-label">{t('cart.shopLabel')}</span> : null} <SellerName seller={group.seller} />
          </h3>
          <ul className="checkout-lines">
            {group.lines.map((line) => (
              <li key={line.id}>
                <span lang={line.nameLang ?? undefined}>
                  {t('checkout.lineSummary', { quantity: formatNumber(line.quantity, locale), name: isolate(line.name) })}
                </span>
                {line.variantAttributes ? <span className="checkout-line-variant">{variantLabel(line.variantAttributes, t, locale)}</span> : null}
                <span className="checkout-line-total">{formatMoney(line.lineTotalMinor, cart.currency, locale)}</span>
              </li>
            ))}
          </ul>
          <p className="checkout-shop-shipping">
            {t('cart.shipping')}: {group.shippingMinor === 0 ? t('cart.shippingFree') : formatMoney(group.shippingMinor, cart.currency, locale)}
          </p>
        </section>
      ))}
      <OrderSums subtotalMinor={cart.subtotalMinor} shippingMinor={cart.shippingMinor} totalMinor={cart.totalMinor} currency={cart.currency} />
    </aside>
  );
}
