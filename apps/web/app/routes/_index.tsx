import { formatNumber } from '@bazaarche/i18n';
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { homeMessages } from '../i18n/messages/home.ts';
import { resolveLocale } from '../i18n/locale.server.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { listCategories } from '../lib/api.server.ts';
import homeStyles from './home-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: homeStyles },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await resolveLocale(request);
  const categories = await listCategories({ locale });
  // The home page still greets people when the API is down; only the trades list says it is missing.
  return { trades: categories.ok ? categories.data.items : null };
}

export default function Home() {
  const { trades } = useLoaderData<typeof loader>();
  const t = useT(homeMessages);
  const locale = useLocale();
  return (
    <>
      <section className="hero">
        <div className="hero-inner">
          <p className="hero-eyebrow">{t('home.eyebrow')}</p>
          <h1>{t('home.title')}</h1>
          <p className="hero-lead">{t('home.lead')}</p>
          <div className="hero-actions">
            <Link to="/register" className="button button-primary">
              {t('home.join')}
            </Link>
            <a href="#trades" className="button button-quiet">
              {t('home.browse')}
            </a>
          </div>
        </div>
      </section>

      <section className="trades" id="trades" aria-labelledby="trades-title">
        <header className="section-header">
          <h2 id="trades-title">{t('home.tradesTitle')}</h2>
          {trades && trades.length > 0 ? (
            <p className="section-count">{t('home.tradesCount', { count: formatNumber(trades.length, locale) })}</p>
          ) : null}
        </header>
        {trades === null ? (
          <p className="notice">{t('home.tradesUnavailable')}</p>
        ) : trades.length === 0 ? (
          <p className="notice">{t('home.tradesEmpty')}</p>
        ) : (
          <ul className="trade-grid">
            {trades.map((trade) => (
              <li key={trade.slug} className="trade-card">
                <Link to={tradeSearch(trade.slug)} className="trade-name">
                  {trade.name}
                </Link>
                {trade.children.length > 0 ? (
                  <ul className="trade-children">
                    {trade.children.map((child) => (
                      <li key={child.slug}>
                        <Link to={tradeSearch(child.slug)}>{child.name}</Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function tradeSearch(slug: string): string {
  return `/search?${new URLSearchParams({ category: slug })}`;
}
