import { formatMoney } from '@bazaarche/i18n';
import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { ReactNode } from 'react';
import bankTransferStyles from '../components/bank-transfer-details.css?url';
import { BankTransferDetails } from '../components/bank-transfer-details.tsx';
import copyValueStyles from '../components/copy-value.css?url';
import { FormAlert } from '../components/form-alert.tsx';
import { FormNotice } from '../components/form-notice.tsx';
import orderSumsStyles from '../components/order-sums.css?url';
import { OrderSums } from '../components/order-sums.tsx';
import { SellerLink } from '../components/seller-link.tsx';
import shipmentLinesStyles from '../components/shipment-lines.css?url';
import { ShipmentLines } from '../components/shipment-lines.tsx';
import shippingAddressStyles from '../components/shipping-address.css?url';
import { ShippingAddressBlock } from '../components/shipping-address.tsx';
import { FulfilmentStatusBadge, OrderStatusBadge } from '../components/status-badge.tsx';
import { TextField } from '../components/text-field.tsx';
import { cartMessages } from '../i18n/messages/cart.ts';
import { networksMessages } from '../i18n/messages/networks.ts';
import { ordersMessages } from '../i18n/messages/orders.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { cancelOrder, getOrder, listProvinces, type RefundBody, refundPayment } from '../lib/api.server.ts';
import { isolate } from '../lib/bidi.ts';
import { formatDateTime } from '../lib/dates.ts';
import { formText } from '../lib/form-data.ts';
import { formErrorsFromProblem, problemMessage } from '../lib/form-errors.ts';
import { type MoneyField, moneyFormFieldOf, readMoneyForm } from '../lib/ledger-view.ts';
import type { Fulfilment } from '../lib/order-types.ts';
import { rialAsTomanInput } from '../lib/number-input.ts';
import { orderNumber, paysAtDoor, timelineText } from '../lib/order-view.ts';
import { signedInContext, type VisitorContext } from '../lib/request-context.server.ts';
import ordersStyles from './orders-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: orderSumsStyles },
  { rel: 'stylesheet', href: ordersStyles },
  { rel: 'stylesheet', href: shipmentLinesStyles },
  { rel: 'stylesheet', href: shippingAddressStyles },
  { rel: 'stylesheet', href: copyValueStyles },
  { rel: 'stylesheet', href: bankTransferStyles },
];

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = translator(localeOfMatches(matches), cartMessages, networksMessages, ordersMessages);
  const title = loaded ? t('orders.number', { number: orderNumber(loaded.order.id) }) : t('errorPage.notFoundTitle');
  return [{ title: `${title} | ${t('brand.name')}` }, { name: 'robots', content: 'noindex' }];
};

const refundReasons = ['order_cancelled', 'requested_by_customer', 'goods_returned', 'duplicate'] as const satisfies ReadonlyArray<RefundBody['reason']>;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller, headers } = await signedInContext(request);
  const [result, provinces] = await Promise.all([getOrder(caller, params.id!), listProvinces(caller)]);
  if (!result.ok) {
    // Someone else's order is answered as one that does not exist, and so is an id that is not one.
    const missing = result.problem.status === 404 || result.problem.status === 422;
    throw new Response(null, { status: missing ? 404 : 503, headers });
  }
  const placed = new URL(request.url).searchParams.get('placed') === '1';
  const { provinceCode } = result.data.shippingAddress;
  // Should the list of provinces not answer, the code stands in for the name.
  const provinceName = (provinces.ok && provinces.data.items.find((p) => p.code === provinceCode)?.name) || provinceCode;
  // Admins record money sent back to the buyer here, shipment by shipment, once the API says there is any to send back.
  return data({ order: result.data, placed, provinceName, mayRefund: result.data.actions.includes('refund') }, { headers });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { locale, caller, headers } = await signedInContext(request);
  const form = await request.formData();
  const intent = formText(form, 'intent');
  const t = translator(locale, cartMessages, networksMessages, ordersMessages);
  if (intent === 'refund') return refund(form, { locale, caller, headers });
  if (intent !== 'cancel') throw new Response(null, { status: 400, headers });
  const result = await cancelOrder(caller, params.id!);
  if (result.ok) return data({ fulfilmentId: null, notice: t('order.cancelled'), error: null, fields: {}, values: null }, { headers });
  return data({ fulfilmentId: null, notice: null, error: problemMessage(result.problem, locale), fields: {}, values: null }, { status: result.problem.status || 503, headers });
}

async function refund(form: FormData, { locale, caller, headers }: Pick<VisitorContext, 'locale' | 'caller' | 'headers'>) {
  const t = translator(locale, cartMessages, networksMessages, ordersMessages);
  const fulfilmentId = formText(form, 'fulfilmentId');
  const reason = refundReasons.find((r) => r === formText(form, 'reason')) ?? 'requested_by_customer';
  const { values, body, fields } = readMoneyForm(form, t, { referenceRequired: true });
  if (!body) return data({ fulfilmentId, notice: null, error: null, fields, values }, { status: 422, headers });
  const result = await refundPayment(caller, formText(form, 'paymentId'), { fulfilmentId, reason, ...body });
  if (result.ok) {
    const notice = t('refund.recorded', { amount: formatMoney(body.amountMinor, result.data.currency, locale) });
    return data({ fulfilmentId, notice, error: null, fields: {}, values: null }, { headers });
  }
  // Over what was paid, or more than the seller is owed now: a 409 that shows above the form.
  const errors = formErrorsFromProblem(result.problem, locale, moneyFormFieldOf);
  return data({ fulfilmentId, notice: null, error: errors.form[0] ?? null, fields: errors.fields, values }, { status: result.problem.status || 503, headers });
}

export default function OrderPage() {
  const { order, placed, provinceName, mayRefund } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT(cartMessages, networksMessages, ordersMessages);
  const locale = useLocale();
  const number = orderNumber(order.id);
  const shopOf = (fulfilmentId: string) => order.fulfilments.find((f) => f.id === fulfilmentId)?.seller.shopName;
  const awaitingPayment = order.status === 'pending_payment' && order.payment?.provider === 'manual' && order.payment.status === 'pending';
  return (
    <section className="page-medium order-page">
      <Link to="/orders" className="back-link">
        {t('order.back')}
      </Link>
      <header className="dashboard-header">
        <div>
          <h1>{t('orders.number', { number: isolate(number) })}</h1>
          <p className="order-card-meta">{t('orders.placedOn', { date: formatDateTime(order.createdAt, locale) })}</p>
        </div>
        <OrderStatusBadge status={order.status} />
      </header>

      {placed && (order.status === 'pending_payment' || order.status === 'cash_on_delivery') ? (
        <div className="status-card order-placed" data-status="approved" role="status">
          <h2>{t('order.placedTitle')}</h2>
          <p>{t('order.placedBody')}</p>
        </div>
      ) : null}
      {answer?.fulfilmentId ? null : <FormNotice message={answer?.notice} />}

      {awaitingPayment ? (
        <section className="status-card" data-status="pending" aria-labelledby="pay-title">
          <h2 id="pay-title">{t('order.payTitle')}</h2>
          {order.payment?.transfer ? <BankTransferDetails transfer={order.payment.transfer} /> : null}
          <p className="order-pay-by">{t('order.payBy', { date: formatDateTime(order.expiresAt, locale) })}</p>
        </section>
      ) : paysAtDoor(order) ? (
        // Cash goes to the seller at the door: there is no account to send anything to.
        <section className="status-card" data-status="pending" aria-labelledby="cod-title">
          <h2 id="cod-title">{t('order.codTitle')}</h2>
          <p>{t(order.fulfilments.length > 1 ? 'order.codPayEach' : 'order.codPay', { amount: formatMoney(order.totalMinor, order.currency, locale) })}</p>
        </section>
      ) : order.payment?.status === 'succeeded' ? (
        <p className="form-notice">{t(order.payment.provider === 'cod' ? 'order.codPaid' : 'order.paid')}</p>
      ) : null}

      <section className="order-section" aria-labelledby="shipments-title">
        <h2 id="shipments-title">{t('order.shipments')}</h2>
        {order.fulfilments.length > 1 ? <p className="page-lead">{t('order.shipmentsHint')}</p> : null}
        <ul className="shipment-list">
          {order.fulfilments.map((fulfilment) => (
            <li key={fulfilment.id}>
              <Shipment fulfilment={fulfilment} currency={order.currency}>
                {mayRefund && order.payment ? <RefundForm fulfilment={fulfilment} paymentId={order.payment.id} paymentStatus={order.payment.status} /> : null}
              </Shipment>
            </li>
          ))}
        </ul>
      </section>

      <div className="order-columns">
        <section className="order-section" aria-labelledby="address-title">
          <h2 id="address-title">{t('order.address')}</h2>
          <ShippingAddressBlock address={order.shippingAddress} provinceName={provinceName} />
        </section>
        <section className="order-section" aria-labelledby="totals-title">
          <h2 id="totals-title" className="visually-hidden">
            {t('cart.total')}
          </h2>
          <OrderSums subtotalMinor={order.subtotalMinor} shippingMinor={order.shippingMinor} totalMinor={order.totalMinor} currency={order.currency} />
        </section>
      </div>

      <section className="order-section" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('order.timeline')}</h2>
        <ol className="timeline">
          {order.timeline.map((event, index) => (
            <li key={index} data-type={event.type}>
              <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
              <span>{timelineText(event, shopOf, t)}</span>
            </li>
          ))}
        </ol>
      </section>

      {order.actions.includes('cancel') ? (
        <CancelOrder error={answer?.fulfilmentId ? null : (answer?.error ?? null)} />
      ) : answer?.error && !answer.fulfilmentId ? (
        <FormAlert messages={[answer.error]} />
      ) : null}
    </section>
  );
}

function Shipment({ fulfilment, currency, children }: { fulfilment: Fulfilment; currency: string; children?: ReactNode }) {
  const t = useT(cartMessages, networksMessages, ordersMessages);
  const titleId = `shipment-${fulfilment.id}`;
  return (
    <article className="shipment" aria-labelledby={titleId}>
      <header className="shipment-header">
        <h3 id={titleId}>
          {t('order.shipmentFrom')} <SellerLink seller={fulfilment.seller} />
        </h3>
        <FulfilmentStatusBadge status={fulfilment.status} />
      </header>
      {/* Only a network's leader and members are told which member makes it; the buyer deals with the network. */}
      {fulfilment.assignee ? <p className="shipment-assignee">{t('networks.assignedTo', { shop: isolate(fulfilment.assignee.shopName) })}</p> : null}
      {fulfilment.carrier && fulfilment.trackingCode ? (
        <p className="shipment-tracking">
          {t('order.tracking', { carrier: isolate(fulfilment.carrier) })}{' '}
          <span dir="ltr" className="tracking-code">
            {fulfilment.trackingCode}
          </span>
        </p>
      ) : null}
      <ShipmentLines lines={fulfilment.lines} currency={currency} linkToListing showShipBy />
      <OrderSums
        subtotalMinor={fulfilment.subtotalMinor}
        shippingMinor={fulfilment.shippingMinor}
        totalMinor={fulfilment.totalMinor}
        currency={currency}
        totalLabel={t(fulfilment.seller.kind === 'network' ? 'cart.networkTotal' : 'cart.shopTotal')}
      />
      {children}
    </article>
  );
}

/** Two steps, so a slip of the finger cannot cancel an order; the disclosure works without scripts. */
function CancelOrder({ error }: { error: string | null }) {
  const t = useT(cartMessages, networksMessages, ordersMessages);
  const sending = useNavigation().state === 'submitting';
  return (
    <section className="order-section order-cancel">
      <details open={error ? true : undefined}>
        <summary className="button button-danger">{t('order.cancel')}</summary>
        <p>{t('order.cancelHint')}</p>
        <FormAlert messages={error ? [error] : []} />
        <Form method="post" preventScrollReset>
          <button type="submit" name="intent" value="cancel" className="button button-danger" disabled={sending}>
            {t('order.cancelConfirm')}
          </button>
        </Form>
      </details>
    </section>
  );
}

/** For admins: money sent back to the buyer for one shipment, with the bank's reference. */
function RefundForm({ fulfilment, paymentId, paymentStatus }: { fulfilment: Fulfilment; paymentId: string; paymentStatus: string }) {
  const t = useT(cartMessages, networksMessages, ordersMessages);
  const answer = useActionData<typeof action>();
  const navigation = useNavigation();
  const own = answer?.fulfilmentId === fulfilment.id ? answer : undefined;
  const busy = navigation.state !== 'idle' && navigation.formData?.get('fulfilmentId') === fulfilment.id;
  const fields: Partial<Record<MoneyField, string>> = own?.fields ?? {};
  // Open again after a post, so the outcome is seen even without scripts.
  const answered = Boolean(own?.notice || own?.error || Object.keys(fields).length > 0);
  return (
    <details className="refund-form" open={answered ? true : undefined}>
      <summary>{t('refund.title')}</summary>
      <p className="review-meta">{t('refund.lead')}</p>
      <FormNotice message={own?.notice} />
      {own?.error ? <FormAlert messages={[own.error]} /> : null}
      <Form method="post" className="ship-form" noValidate preventScrollReset aria-label={t('refund.formFor', { shop: isolate(fulfilment.seller.shopName) })}>
        <input type="hidden" name="fulfilmentId" value={fulfilment.id} />
        <input type="hidden" name="paymentId" value={paymentId} />
        <TextField
          name="amount"
          idKey={`amount-${fulfilment.id}`}
          label={t('refund.amount')}
          required
          autoComplete="off"
          dir="ltr"
          inputMode="decimal"
          defaultValue={own?.values?.amount ?? rialAsTomanInput(fulfilment.totalMinor)}
          error={fields.amount}
        />
        <TextField
          name="reference"
          idKey={`reference-${fulfilment.id}`}
          label={t('refund.reference')}
          required
          maxLength={100}
          autoComplete="off"
          dir="ltr"
          defaultValue={own?.values?.reference ?? ''}
          error={fields.reference}
        />
        <div className="field">
          <label htmlFor={`field-reason-${fulfilment.id}`}>{t('refund.reason')}</label>
          <select id={`field-reason-${fulfilment.id}`} name="reason" defaultValue={paymentStatus === 'refund_due' ? 'order_cancelled' : 'requested_by_customer'}>
            {refundReasons.map((reason) => (
              <option key={reason} value={reason}>
                {t(`refund.reason.${reason}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" name="intent" value="refund" className="button button-primary" disabled={busy}>
          {t('refund.submit')}
        </button>
      </Form>
    </details>
  );
}
