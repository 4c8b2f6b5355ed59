import { formatDate } from '@bazaarche/i18n';
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import listingCardStyles from '../components/listing-card.css?url';
import { ListingCard } from '../components/listing-card.tsx';
import { shopMessages } from '../i18n/messages/shop.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { getShop } from '../lib/api.server.ts';
import { paragraphs } from '../lib/listing-view.ts';
import { visitorContext } from '../lib/request-context.server.ts';
import shopStyles from './shop-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: listingCardStyles },
  { rel: 'stylesheet', href: shopStyles },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, caller, headers } = await visitorContext(request);
  const result = await getShop(caller, params.slug!);
  if (!result.ok) throw new Response(null, { status: result.problem.status === 404 || result.problem.status === 422 ? 404 : 503, headers });
  return data({ shop: result.data, ownedByViewer: user?.producer?.id === result.data.id }, { headers });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = translator(localeOfMatches(matches), shopMessages);
  if (!loaded) return [{ title: `${t('errorPage.notFoundTitle')} | ${t('brand.name')}` }];
  const { shop } = loaded;
  return [
    { title: `${shop.shopName} | ${t('brand.name')}` },
    { name: 'description', content: shop.bio?.slice(0, 160) ?? `${shop.shopName} — ${t('place.cityProvince', { city: shop.city, province: shop.province.name })}` },
    ...(shop.status === 'approved' ? [] : [{ name: 'robots', content: 'noindex' }]),
  ];
};

export default function ShopPage() {
  const { shop, ownedByViewer } = useLoaderData<typeof loader>();
  const t = useT(shopMessages);
  const locale = useLocale();
  return (
    <div className="shop-page">
      {shop.status !== 'approved' ? (
        <p className="notice preview-notice page-wide-notice">
          {t('shop.preview')} {ownedByViewer ? <Link to="/dashboard">{t('account.dashboard')}</Link> : null}
        </p>
      ) : null}
      <header className="shop-header">
        <div className="shop-header-inner">
          <h1>{shop.shopName}</h1>
          <p className="shop-place">{t('place.cityProvince', { city: shop.city, province: shop.province.name })}</p>
          {shop.licensed ? (
            <p className="licensed-badge">
              <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
              {t('shop.licensed')}
            </p>
          ) : null}
          <ul className="chips" aria-label={t('shop.trades')}>
            {shop.trades.map((trade) => (
              <li key={trade.slug} className="chip">
                <Link to={`/search?${new URLSearchParams({ category: trade.slug })}`}>{trade.name}</Link>
              </li>
            ))}
          </ul>
          {shop.bio ? (
            // Producers write in Persian; the bio is shown as written whatever the page's language.
            <div className="prose shop-bio" lang="fa" dir="auto">
              {paragraphs(shop.bio).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          ) : null}
          <p className="shop-since">{t('shop.since', { date: formatDate(shop.createdAt, locale) })}</p>
        </div>
      </header>
      <section className="page-wide" aria-labelledby="shop-listings-title">
        <header className="section-header">
          <h2 id="shop-listings-title">{t('shop.listingsTitle')}</h2>
        </header>
        {shop.listings.length === 0 ? (
          <p className="notice">{t('shop.listingsEmpty')}</p>
        ) : (
          <ul className="listing-grid">
            {shop.listings.map((listing, index) => (
              <li key={listing.id}>
                <ListingCard listing={listing} href={`/listings/${listing.id}`} priority={index < 4} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
