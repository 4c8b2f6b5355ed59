import vazirmatn400 from '@fontsource/vazirmatn/400.css?url';
import vazirmatn700 from '@fontsource/vazirmatn/700.css?url';
import { dirOf, formatDate, formatNumber, type Locale } from '@bazaarche/i18n';
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useLocation,
  useRouteLoaderData,
} from '@remix-run/react';
import type { ReactNode } from 'react';
import { SiteFooter } from './components/site-footer.tsx';
import { SiteHeader } from './components/site-header.tsx';
import { cartMessages } from './i18n/messages/cart.ts';
import { resolveLocale } from './i18n/locale.server.ts';
import { localeOfMatches, translator } from './i18n/translator.ts';
import { useLocale, useT } from './i18n/use-t.ts';
import { getViewer } from './lib/auth.server.ts';
import { isolate } from './lib/bidi.ts';
import { clearGuestCart, readGuestCartCookie, type DroppedLines } from './lib/guest-cart.server.ts';
import { isFinance } from './lib/request-context.server.ts';
import baseStyles from './styles/base.css?url';
import tokenStyles from './styles/tokens.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: vazirmatn400 },
  { rel: 'stylesheet', href: vazirmatn700 },
  { rel: 'stylesheet', href: tokenStyles },
  { rel: 'stylesheet', href: baseStyles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches));
  return [
    { title: `${t('brand.name')} — ${t('brand.tagline')}` },
    { name: 'description', content: t('meta.description') },
  ];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await resolveLocale(request);
  const viewer = await getViewer(request, locale);
  const guestCart = await readGuestCartCookie(request);
  const headers = new Headers(viewer.headers);
  // Word of the lines a sign-in could not bring along is told once, on the page it led to.
  if (guestCart.dropped) headers.append('Set-Cookie', await clearGuestCart());
  return data(
    {
      locale,
      account: viewer.user
        ? { name: viewer.user.name, hasShop: viewer.user.producer !== null, isAdmin: viewer.user.roles.includes('admin'), isFinance: isFinance(viewer.user.roles) }
        : null,
      cartCount: viewer.user ? viewer.user.cartLineCount : guestCart.lines.length,
      notice: guestCart.dropped ? { text: droppedNotice(guestCart.dropped, locale), path: new URL(request.url).pathname } : null,
      // Formatted here so server and browser cannot disagree about the year at midnight.
      year: formatDate(new Date(), locale, { year: 'numeric' }),
    },
    { headers },
  );
}

function droppedNotice({ count, names }: DroppedLines, locale: Locale): string {
  const t = translator(locale, cartMessages);
  if (names.length === 0) return t('cart.mergeDroppedUnnamed', { count: formatNumber(count, locale) });
  const quoted = names.map((name) => (locale === 'fa' ? `«${isolate(name)}»` : `“${isolate(name)}”`));
  return t('cart.mergeDropped', { names: quoted.join(locale === 'fa' ? '، ' : ', ') });
}

export function Layout({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const rootData = useRouteLoaderData<typeof loader>('root');
  const { pathname } = useLocation();
  const notice = rootData?.notice?.path === pathname ? rootData.notice.text : null;
  return (
    <html lang={locale} dir={dirOf(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <SiteHeader account={rootData?.account ?? null} cartCount={rootData?.cartCount ?? null} />
        <main className="site-main">
          {notice ? (
            <p className="site-notice" role="status">
              {notice}
            </p>
          ) : null}
          {children}
        </main>
        <SiteFooter year={rootData?.year ?? ''} />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <section className="page-narrow error-page">
      <h1>{notFound ? t('errorPage.notFoundTitle') : t('errorPage.title')}</h1>
      <p>{notFound ? t('errorPage.notFoundBody') : t('errorPage.body')}</p>
      <Link to="/" className="button button-primary">
        {t('errorPage.home')}
      </Link>
    </section>
  );
}
