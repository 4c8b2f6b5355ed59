import { formatMoney, formatNumber } from '@bazaarche/i18n';
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import pagerStyles from '../components/pager.css?url';
import { Pager } from '../components/pager.tsx';
import { OrderStatusBadge } from '../components/status-badge.tsx';
import { cartMessages } from '../i18n/messages/cart.ts';
import { ordersMessages } from '../i18n/messages/orders.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { listOrders } from '../lib/api.server.ts';
import { isolate } from '../lib/bidi.ts';
import { formatDateTime } from '../lib/dates.ts';
import type { Order } from '../lib/order-types.ts';
import { orderNumber } from '../lib/order-view.ts';
import { pageParam, signedInContext } from '../lib/request-context.server.ts';
import ordersStyles from './orders-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: pagerStyles },
  { rel: 'stylesheet', href: ordersStyles },
];

const perPage = 10;

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), cartMessages, ordersMessages);
  return [{ title: `${t('orders.title')} | ${t('brand.name')}` }, { name: 'robots', content: 'noindex' }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, headers } = await signedInContext(request);
  const result = await listOrders(caller, { page: pageParam(request), perPage });
  if (!result.ok) throw new Response(null, { status: 503, headers });
  return data(result.data, { headers });
}

export default function Orders() {
  const { items, total, page, perPage: pageSize } = useLoaderData<typeof loader>();
  const t = useT(cartMessages, ordersMessages);
  const locale = useLocale();
  return (
    <section className="page-medium">
      <header className="section-header">
        <h1>{t('orders.title')}</h1>
        {total > 0 ? <p className="section-count">{t(total === 1 ? 'orders.countOne' : 'orders.count', { count: formatNumber(total, locale) })}</p> : null}
      </header>
      {items.length === 0 ? (
        <div className="notice">
          <p>{t('orders.empty')}</p>
          <Link to="/search" className="button button-primary">
            {t('cart.browse')}
          </Link>
        </div>
      ) : (
        <ul className="order-list">
          {items.map((order) => (
            <li key={order.id}>
              <OrderCard order={order} />
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} perPage={pageSize} total={total} />
    </section>
  );
}

function OrderCard({ order }: { order: Order }) {
  const t = useT(cartMessages, ordersMessages);
  const locale = useLocale();
  const number = orderNumber(order.id);
  const titleId = `order-${order.id}`;
  const shops = order.fulfilments.map((f) => f.seller.shopName).join(locale === 'fa' ? '، ' : ', ');
  return (
    <article className="order-card" aria-labelledby={titleId}>
      <header className="order-card-header">
        <h2 id={titleId}>
          <Link to={`/orders/${order.id}`}>{t('orders.number', { number: isolate(number) })}</Link>
        </h2>
        <OrderStatusBadge status={order.status} />
      </header>
      <p className="order-card-meta">{t('orders.placedOn', { date: formatDateTime(order.createdAt, locale) })}</p>
      <p className="order-card-shops">{t('orders.fromShops', { shops })}</p>
      <p className="order-card-total">
        {t('cart.total')}: <strong>{formatMoney(order.totalMinor, order.currency, locale)}</strong>
      </p>
    </article>
  );
}
