import { formatMoney, formatNumber } from '@bazaarche/i18n';
import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from '@remix-run/react';
import { FormAlert } from '../components/form-alert.tsx';
import { FormNotice } from '../components/form-notice.tsx';
import pagerStyles from '../components/pager.css?url';
import { Pager } from '../components/pager.tsx';
import shipmentLinesStyles from '../components/shipment-lines.css?url';
import { ShipmentLines } from '../components/shipment-lines.tsx';
import shippingAddressStyles from '../components/shipping-address.css?url';
import { ShippingAddressBlock } from '../components/shipping-address.tsx';
import { FulfilmentStatusBadge } from '../components/status-badge.tsx';
import { TextField } from '../components/text-field.tsx';
import { dashboardMessages } from '../i18n/messages/dashboard.ts';
import { networksMessages } from '../i18n/messages/networks.ts';
import { ordersMessages } from '../i18n/messages/orders.ts';
import { sellerOrdersMessages } from '../i18n/messages/seller-orders.ts';
import { statusMessages } from '../i18n/messages/status.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { confirmCashCollected, deliverFulfilment, type FulfilmentStatus, listProvinces, listSellerFulfilments, shipFulfilment } from '../lib/api.server.ts';
import { isolate } from '../lib/bidi.ts';
import { formatDateTime } from '../lib/dates.ts';
import { formText } from '../lib/form-data.ts';
import { formErrorsFromProblem } from '../lib/form-errors.ts';
import { myNetworks } from '../lib/network-view.ts';
import type { SellerFulfilment } from '../lib/order-types.ts';
import { arrivalAction, orderNumber } from '../lib/order-view.ts';
import { fulfilmentStatuses } from '../lib/contract.server.ts';
import { namesOfProvinces } from '../lib/province-names.ts';
import { pageParam, signedInContext } from '../lib/request-context.server.ts';
import sellerOrdersStyles from './seller-orders-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: pagerStyles },
  { rel: 'stylesheet', href: shipmentLinesStyles },
  { rel: 'stylesheet', href: shippingAddressStyles },
  { rel: 'stylesheet', href: sellerOrdersStyles },
];

const perPage = 20;

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), dashboardMessages, networksMessages, ordersMessages, sellerOrdersMessages, statusMessages);
  return [{ title: `${t('sellerOrders.title')} | ${t('brand.name')}` }, { name: 'robots', content: 'noindex' }];
};

function statusParam(request: Request): FulfilmentStatus | undefined {
  const status = new URL(request.url).searchParams.get('status');
  return (fulfilmentStatuses as readonly string[]).includes(status ?? '') ? (status as FulfilmentStatus) : undefined;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, caller, headers } = await signedInContext(request);
  // Someone with neither a shop nor a network to lead is shown how to open a shop.
  if (!user.producer && !myNetworks(user.networks).some((network) => network.role === 'leader')) throw redirect('/dashboard', { headers });
  const status = statusParam(request);
  const [result, provinces] = await Promise.all([listSellerFulfilments(caller, { status, page: pageParam(request), perPage }), listProvinces(caller)]);
  if (!result.ok) throw new Response(null, { status: 503, headers });
  return data({ ...result.data, status: status ?? null, statuses: fulfilmentStatuses, provinceNames: namesOfProvinces(provinces), ownShopId: user.producer?.id ?? null }, { headers });
}

type ShipField = 'carrier' | 'trackingCode';

export async function action({ request }: ActionFunctionArgs) {
  const { locale, caller, headers } = await signedInContext(request);
  const t = translator(locale, dashboardMessages, networksMessages, ordersMessages, sellerOrdersMessages, statusMessages);
  const form = await request.formData();
  const intent = formText(form, 'intent');
  const fulfilmentId = formText(form, 'fulfilmentId');
  const answer = (result: Awaited<ReturnType<typeof deliverFulfilment>>, notice: string, values?: Record<ShipField, string>) => {
    if (result.ok) return data({ fulfilmentId, notice, error: null, fields: {}, values: null }, { headers });
    const errors = formErrorsFromProblem<ShipField>(result.problem, locale, (field) => (field === 'carrier' || field === 'trackingCode' ? field : null));
    return data(
      { fulfilmentId, notice: null, error: errors.form[0] ?? null, fields: errors.fields, values: values ?? null },
      { status: result.problem.status || 503, headers },
    );
  };

  switch (intent) {
    case 'ship': {
      const values = { carrier: formText(form, 'carrier').trim(), trackingCode: formText(form, 'trackingCode').trim() };
      return answer(await shipFulfilment(caller, fulfilmentId, values), t('sellerOrders.shipped'), values);
    }
    case 'deliver':
      return answer(await deliverFulfilment(caller, fulfilmentId), t('sellerOrders.delivered'));
    case 'collect-cash':
      return answer(await confirmCashCollected(caller, formText(form, 'paymentId'), fulfilmentId), t('sellerOrders.codCollected'));
    default:
      throw new Response(null, { status: 400, headers });
  }
}

export default function SellerOrders() {
  const { items, total, page, status, statuses, provinceNames, ownShopId } = useLoaderData<typeof loader>();
  const t = useT(dashboardMessages, networksMessages, ordersMessages, sellerOrdersMessages, statusMessages);
  const locale = useLocale();
  return (
    <section className="page-wide dashboard">
      <Link to="/dashboard" className="back-link">
        {t('dashboard.back')}
      </Link>
      <header className="section-header">
        <h1>{t('sellerOrders.title')}</h1>
        {total > 0 ? (
          <p className="section-count">{t(total === 1 ? 'sellerOrders.countOne' : 'sellerOrders.count', { count: formatNumber(total, locale) })}</p>
        ) : null}
      </header>
      <p className="page-lead">{t('sellerOrders.lead')}</p>
      <StatusFilter current={status} statuses={statuses} />
      {items.length === 0 ? (
        <p className="notice">{status ? t('sellerOrders.emptyStatus') : t('sellerOrders.empty')}</p>
      ) : (
        <ul className="review-list">
          {items.map((fulfilment) => (
            <li key={fulfilment.id}>
              <FulfilmentCard
                fulfilment={fulfilment}
                provinceName={provinceNames[fulfilment.shippingAddress.provinceCode] ?? fulfilment.shippingAddress.provinceCode}
                ownShopId={ownShopId}
              />
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} perPage={perPage} total={total} />
    </section>
  );
}

/** Links rather than a form: each status is an address of its own, and works without scripts. */
function StatusFilter({ current, statuses }: { current: FulfilmentStatus | null; statuses: readonly FulfilmentStatus[] }) {
  const t = useT(dashboardMessages, networksMessages, ordersMessages, sellerOrdersMessages, statusMessages);
  const { pathname } = useLocation();
  const options: Array<{ status: FulfilmentStatus | null; label: string }> = [
    { status: null, label: t('sellerOrders.all') },
    ...statuses.map((status) => ({ status, label: t(`fulfilmentStatus.${status}`) })),
  ];
  return (
    <nav className="status-filter" aria-label={t('sellerOrders.filter')}>
      <ul className="chips">
        {options.map(({ status, label }) => (
          <li key={status ?? 'all'} className="chip">
            <Link to={status ? `${pathname}?${new URLSearchParams({ status })}` : pathname} aria-current={status === current ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function FulfilmentCard({ fulfilment, provinceName, ownShopId }: { fulfilment: SellerFulfilment; provinceName: string; ownShopId: string | null }) {
  const t = useT(dashboardMessages, networksMessages, ordersMessages, sellerOrdersMessages, statusMessages);
  const locale = useLocale();
  const answer = useActionData<typeof action>();
  const navigation = useNavigation();
  const own = answer?.fulfilmentId === fulfilment.id ? answer : undefined;
  const busy = navigation.state !== 'idle' && navigation.formData?.get('fulfilmentId') === fulfilment.id;
  const number = isolate(orderNumber(fulfilment.orderId));
  const titleId = `fulfilment-${fulfilment.id}`;
  const money = (amount: number) => formatMoney(amount, fulfilment.currency, locale);
  const payment = fulfilment.payment;
  const awaitingManualPayment =
    fulfilment.status === 'awaiting_payment' && fulfilment.orderStatus === 'pending_payment' && payment?.provider === 'manual' && payment.status === 'pending';
  const arrival = arrivalAction(fulfilment);
  return (
    <article className="review-card fulfilment-card" aria-labelledby={titleId} data-status={fulfilment.status}>
      <header className="shipment-header">
        <div>
          <h2 id={titleId}>{t('orders.number', { number })}</h2>
          <p className="review-meta">{t('orders.placedOn', { date: formatDateTime(fulfilment.placedAt, locale) })}</p>
        </div>
        <FulfilmentStatusBadge status={fulfilment.status} />
      </header>
      {fulfilment.seller.kind === 'network' ? <NetworkPartNote fulfilment={fulfilment} ownShopId={ownShopId} /> : null}
      <dl className="facts">
        <div>
          <dt>{t('sellerOrders.shipTo')}</dt>
          <dd>
            <ShippingAddressBlock address={fulfilment.shippingAddress} provinceName={provinceName} />
          </dd>
        </div>
        <div>
          <dt>{t('sellerOrders.amount')}</dt>
          <dd>
            {money(fulfilment.totalMinor)}{' '}
            <span className="review-meta">
              {t('sellerOrders.amountBreakdown', { items: money(fulfilment.subtotalMinor), shipping: money(fulfilment.shippingMinor) })}
            </span>
          </dd>
        </div>
        <div className="facts-wide">
          <dt>{t('sellerOrders.items')}</dt>
          <dd>
            <ShipmentLines lines={fulfilment.lines} currency={fulfilment.currency} />
          </dd>
        </div>
        {fulfilment.carrier && fulfilment.trackingCode ? (
          <div className="facts-wide">
            <dt>{t('sellerOrders.trackingCode')}</dt>
            <dd>
              {t('order.tracking', { carrier: isolate(fulfilment.carrier) })}{' '}
              <span dir="ltr" className="tracking-code">
                {fulfilment.trackingCode}
              </span>
            </dd>
          </div>
        ) : null}
      </dl>

      <div className="review-actions" role="group" aria-label={t('sellerOrders.actions', { order: t('orders.number', { number }) })}>
        {own?.error ? <FormAlert messages={[own.error]} /> : <FormNotice message={own?.notice} />}
        {/* The transfer went to the platform's account: platform finance confirms it, never the seller. */}
        {awaitingManualPayment ? <p className="review-meta">{t('sellerOrders.paymentPending', { amount: money(payment.amountMinor) })}</p> : null}
        {fulfilment.actions.includes('ship') ? <ShipForm fulfilmentId={fulfilment.id} busy={busy} answer={own} /> : null}
        {payment?.provider === 'cod' && arrival === null && fulfilment.status === 'processing' ? (
          <p className="review-meta">{t('sellerOrders.codAwaiting', { amount: money(fulfilment.totalMinor) })}</p>
        ) : null}
        {arrival === 'deliver' ? (
          <Form method="post" preventScrollReset>
            <input type="hidden" name="fulfilmentId" value={fulfilment.id} />
            <button type="submit" name="intent" value="deliver" className="button button-primary" disabled={busy}>
              {t('sellerOrders.deliver')}
            </button>
          </Form>
        ) : null}
        {/* Cash at the door goes to the seller: recording it is what delivers the parcel. */}
        {arrival === 'collect_cash' && payment ? (
          <Form method="post" className="cod-collect-form" preventScrollReset>
            <input type="hidden" name="fulfilmentId" value={fulfilment.id} />
            <input type="hidden" name="paymentId" value={payment.id} />
            <p className="review-meta" id={`cod-hint-${fulfilment.id}`}>
              {t('sellerOrders.codCollectHint', { amount: money(fulfilment.totalMinor) })}
            </p>
            <button type="submit" name="intent" value="collect-cash" className="button button-primary" disabled={busy} aria-describedby={`cod-hint-${fulfilment.id}`}>
              {t('sellerOrders.codCollect')}
            </button>
          </Form>
        ) : null}
      </div>
    </article>
  );
}

/** Whose part of a network's order this is: the member's own to send, another member's, or still the leader's to give. */
function NetworkPartNote({ fulfilment, ownShopId }: { fulfilment: SellerFulfilment; ownShopId: string | null }) {
  const t = useT(dashboardMessages, networksMessages, ordersMessages, sellerOrdersMessages, statusMessages);
  const network = fulfilment.seller;
  const networkLink = <Link to={`/dashboard/networks/${network.id}`}>{network.shopName}</Link>;
  if (!fulfilment.assignee) {
    return (
      <p className="network-part" data-assignment="awaiting">
        <span className="status-badge" data-status="pending">
          {t('sellerOrders.awaitingAssignment')}
        </span>{' '}
        <Link to={`/dashboard/networks/${network.id}#incoming-title`}>{t('sellerOrders.assignOnNetworkPage', { network: isolate(network.shopName) })}</Link>
      </p>
    );
  }
  if (fulfilment.assignee.producerId === ownShopId) {
    return (
      <p className="network-part" data-assignment="own">
        {t('sellerOrders.forNetwork')} {networkLink}
      </p>
    );
  }
  return (
    <p className="network-part" data-assignment="member">
      {t('networks.assignedTo', { shop: isolate(fulfilment.assignee.shopName) })} · {networkLink}
    </p>
  );
}

type ActionAnswer = NonNullable<ReturnType<typeof useActionData<typeof action>>>;

/** Carrier and tracking code: the buyer sees both in the order's timeline. */
function ShipForm({ fulfilmentId, busy, answer }: { fulfilmentId: string; busy: boolean; answer: ActionAnswer | undefined }) {
  const t = useT(dashboardMessages, networksMessages, ordersMessages, sellerOrdersMessages, statusMessages);
  const fields: Partial<Record<ShipField, string>> = answer?.fields ?? {};
  // Every card has these fields: the ids carry the fulfilment so each label finds its own box.
  return (
    <Form method="post" className="ship-form" noValidate preventScrollReset>
      <input type="hidden" name="fulfilmentId" value={fulfilmentId} />
      <TextField
        name="carrier"
        idKey={`carrier-${fulfilmentId}`}
        label={t('sellerOrders.carrier')}
        hint={t('sellerOrders.carrierHint')}
        required
        maxLength={100}
        autoComplete="off"
        defaultValue={answer?.values?.carrier ?? ''}
        error={fields.carrier}
      />
      <TextField
        name="trackingCode"
        idKey={`trackingCode-${fulfilmentId}`}
        label={t('sellerOrders.trackingCode')}
        required
        maxLength={100}
        autoComplete="off"
        dir="ltr"
        defaultValue={answer?.values?.trackingCode ?? ''}
        error={fields.trackingCode}
      />
      <button type="submit" name="intent" value="ship" className="button button-primary" disabled={busy}>
        {t('sellerOrders.ship')}
      </button>
    </Form>
  );
}
