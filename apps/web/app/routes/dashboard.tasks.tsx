import { formatMoney, formatNumber } from '@bazaarche/i18n';
import { data, redirect, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { bulkMessages } from '../i18n/messages/bulk.ts';
import { dashboardMessages } from '../i18n/messages/dashboard.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { listShopAllocations, type ShopAllocation } from '../lib/api.server.ts';
import { formatCalendarDay } from '../lib/dates.ts';
import { signedInContext } from '../lib/request-context.server.ts';
import networksStyles from './dashboard-networks-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: networksStyles },
];

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), bulkMessages, dashboardMessages);
  return [{ title: `${t('tasks.title')} | ${t('brand.name')}` }, { name: 'robots', content: 'noindex' }];
};

/** A member's task list: their shop's shares of bulk orders (GET /v1/seller/allocations), each linking to its order. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { user, caller, headers } = await signedInContext(request);
  // Allocations belong to shops: someone without one is shown how to open one.
  if (!user.producer) throw redirect('/dashboard', { headers });
  const found = await listShopAllocations(caller);
  if (!found.ok) throw new Response(null, { status: 503, headers });
  const networkNames = Object.fromEntries(user.networks.map((n) => [n.id, n.name]));
  return data({ tasks: found.data.items, networkNames }, { headers });
}

export default function Tasks() {
  const { tasks, networkNames } = useLoaderData<typeof loader>();
  const t = useT(bulkMessages, dashboardMessages);
  return (
    <section className="page-wide dashboard tasks-page">
      <Link to="/dashboard" className="back-link">
        {t('dashboard.back')}
      </Link>
      <header className="section-header">
        <h1>{t('tasks.title')}</h1>
      </header>
      <p className="page-lead">{t('tasks.lead')}</p>
      {tasks.length === 0 ? (
        <p className="notice">{t('tasks.none')}</p>
      ) : (
        <ul className="task-list">
          {tasks.map((task) => (
            <li key={task.id} className="panel task-line" data-allocation={task.id} data-status={task.status}>
              <TaskLine task={task} networkName={networkNames[task.bulkOrder.networkId]} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TaskLine({ task, networkName }: { task: ShopAllocation; networkName: string | undefined }) {
  const t = useT(bulkMessages, dashboardMessages);
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const order = task.bulkOrder;
  // Where the member has something to do (as the API says), the link says what; otherwise it simply leads to the order.
  const toDo = task.actions.includes('accept') ? 'respond' : task.actions.length > 0 ? 'work' : null;
  const action = toDo === 'respond' ? t('tasks.respond') : toDo === 'work' ? t('tasks.work') : t('tasks.view');
  return (
    <>
      {networkName ? <p className="eyebrow">{networkName}</p> : null}
      <div className="bulk-order-link">
        <Link to={`/dashboard/bulk-orders/${order.id}`} className="bulk-order-title">
          {order.title}
        </Link>
        <span className="status-badge" data-status={task.status}>
          {t(`allocationStatus.${task.status}`)}
        </span>
      </div>
      <p className="review-meta">
        {t('tasks.share', { count: n(task.quantity) })} · {t('tasks.due', { date: formatCalendarDay(order.dueDate, locale) })} ·{' '}
        {t('bulk.unitPriceIs', { price: formatMoney(order.unitPriceMinor, order.currency, locale) })}
      </p>
      {task.status !== 'offered' && task.status !== 'declined' ? (
        <p className="review-meta">
          {t('tasks.progress', { done: n(task.doneQuantity), delivered: n(task.deliveredQuantity), accepted: n(task.acceptedQuantity), rejected: n(task.rejectedQuantity) })}
        </p>
      ) : null}
      <div className="card-actions">
        <Link to={`/dashboard/bulk-orders/${order.id}`} className={toDo ? 'button button-small button-primary' : 'button button-small'}>
          {action}
        </Link>
      </div>
    </>
  );
}
