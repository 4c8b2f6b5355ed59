import { Form, Link, useLocation } from '@remix-run/react';
import { useT } from '../i18n/use-t.ts';

export function AccountMenu({ userName }: { userName: string | null }) {
  const t = useT();
  const { pathname, search } = useLocation();
  if (userName === null) {
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
      <span className="account-name" title={t('account.signedInAs', { name: userName })}>
        {userName}
      </span>
      <Form method="post" action="/logout">
        <button type="submit" className="button button-quiet">
          {t('account.logout')}
        </button>
      </Form>
    </nav>
  );
}
