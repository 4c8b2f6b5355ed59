import { Form, Link, useLocation } from '@remix-run/react';
import { useT } from '../i18n/use-t.ts';
import { isolate } from '../lib/bidi.ts';

export interface Account {
  name: string;
  hasShop: boolean;
  isAdmin: boolean;
  /** Platform finance (every admin is too): confirms bank transfers, pays shops out. */
  isFinance: boolean;
}

export function AccountMenu({ account }: { account: Account | null }) {
  const t = useT();
  const location = useLocation();
  const { pathname, search } = location;
  if (account === null) {
    // Coming back here after logging in beats landing on the home page; the auth pages themselves are no place to return to.
    const returnTo = pathname + search;
    const here = returnTo === '/' || pathname === '/login' || pathname === '/register' ? '' : `?${new URLSearchParams({ redirectTo: returnTo })}`;
    return (
      <nav className="account-menu" aria-label={t('account.label')}>
        <Link to={`/login${here}`}>{t('account.login')}</Link>
        <Link to={`/register${here}`} className="button button-primary">
          {t('account.register')}
        </Link>
      </nav>
    );
  }
  return (
    <nav className="account-menu" aria-label={t('account.label')}>
      {/* A disclosure works before the scripts load; keyed by the location so it closes after a navigation. */}
      <details key={location.key} className="account-details">
        <summary className="account-name" aria-label={t('account.menu', { name: isolate(account.name) })} title={t('account.signedInAs', { name: isolate(account.name) })}>
          <span className="account-name-text">{account.name}</span>
        </summary>
        <ul className="account-links">
          <li>
            <Link to="/orders">{t('account.orders')}</Link>
          </li>
          <li>
            <Link to="/dashboard">{account.hasShop ? t('account.dashboard') : t('account.openShop')}</Link>
          </li>
          {account.hasShop ? (
            <li>
              <Link to="/dashboard/orders">{t('account.shopOrders')}</Link>
            </li>
          ) : null}
          {account.hasShop ? (
            <li>
              <Link to="/dashboard/earnings">{t('account.earnings')}</Link>
            </li>
          ) : null}
          {account.hasShop ? (
            <li>
              <Link to="/dashboard/tasks">{t('account.tasks')}</Link>
            </li>
          ) : null}
          {account.isAdmin ? (
            <li>
              <Link to="/admin/producers">{t('account.admin')}</Link>
            </li>
          ) : null}
          {account.isFinance ? (
            <li>
              <Link to="/admin/payments">{t('account.adminPayments')}</Link>
            </li>
          ) : null}
          {account.isFinance ? (
            <li>
              <Link to="/admin/payouts">{t('account.adminPayouts')}</Link>
            </li>
          ) : null}
          <li>
            <Form method="post" action="/logout">
              <button type="submit" className="account-logout">
                {t('account.logout')}
              </button>
            </Form>
          </li>
        </ul>
      </details>
    </nav>
  );
}
