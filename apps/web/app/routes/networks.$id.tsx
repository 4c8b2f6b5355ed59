import { formatMoney, formatNumber, type Locale } from '@bazaarche/i18n';
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import listingCardStyles from '../components/listing-card.css?url';
import { ListingCard } from '../components/listing-card.tsx';
import { networksMessages } from '../i18n/messages/networks.ts';
import { shopMessages } from '../i18n/messages/shop.ts';
import { localeOfMatches, translator, type KeyOf, type Translate } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { getNetwork, listCategories, listProvinces, marketplaceCurrency, type Network } from '../lib/api.server.ts';
import { tradeNames } from '../lib/network-view.ts';
import { namesOfProvinces } from '../lib/province-names.ts';
import { visitorContext } from '../lib/request-context.server.ts';
import shopStyles from './shop-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: listingCardStyles },
  { rel: 'stylesheet', href: shopStyles },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller, headers } = await visitorContext(request);
  const [found, categories, provinces, currency] = await Promise.all([getNetwork(caller, params.id!), listCategories(caller), listProvinces(caller), marketplaceCurrency(caller)]);
  if (!found.ok) {
    // An id that is not even well-formed names no network either.
    const missing = found.problem.status === 404 || found.problem.status === 400 || found.problem.status === 422;
    throw new Response(null, { status: missing ? 404 : 503, headers });
  }
  const network = found.data;
  // Those who work it (its leader, admins, active members: those the API lets read its bulk orders) do so from the dashboard.
  const worksIt = network.actions.includes('list_bulk_orders');
  return data({ network, trades: categories.ok ? tradeNames(categories.data.items) : {}, provinceNames: namesOfProvinces(provinces), worksIt, currency }, { headers });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const locale = localeOfMatches(matches);
  const t = translator(locale, networksMessages, shopMessages);
  if (!loaded) return [{ title: `${t('errorPage.notFoundTitle')} | ${t('brand.name')}` }];
  const { network } = loaded;
  const members = network.members.filter((m) => m.status === 'active').length;
  return [
    { title: `${network.name} | ${t('brand.name')}` },
    { name: 'description', content: t('networkPage.description', { name: network.name, count: formatNumber(members, locale) }) },
  ];
};

export default function NetworkPublicPage() {
  const { network, trades, provinceNames, worksIt, currency } = useLoaderData<typeof loader>();
  const t = useT(networksMessages, shopMessages);
  const locale = useLocale();
  const members = network.members.filter((member) => member.status === 'active');
  return (
    <div className="shop-page network-public-page">
      <header className="shop-header">
        <div className="shop-header-inner">
          <p className="eyebrow">{t('networkPage.eyebrow')}</p>
          <h1>{network.name}</h1>
          <p className="shop-place">{provinceNames[network.province] ?? network.province}</p>
          <ul className="chips" aria-label={t('shop.trades')}>
            {network.trades.map((slug) => (
              <li key={slug} className="chip">
                <Link to={`/search?${new URLSearchParams({ category: slug })}`}>{trades[slug] ?? slug}</Link>
              </li>
            ))}
          </ul>
          <p className="network-shipping">{shippingText(network.shipping, currency, t, locale)}</p>
          {worksIt ? (
            <p>
              <Link to={`/dashboard/networks/${network.id}`}>{t('networkPage.manage')}</Link>
            </p>
          ) : null}
        </div>
      </header>

      <section className="page-wide" aria-labelledby="network-members-title">
        <header className="section-header">
          <h2 id="network-members-title">{t('networks.members')}</h2>
        </header>
        <p className="page-lead">{t('networkPage.membersLead')}</p>
        <ul className="network-members">
          {members.map((member) => (
            <li key={member.producerId}>
              <Link to={`/shops/${member.slug}`} className="network-member-name">
                {member.shopName}
              </Link>
              <span className="review-meta">{provinceNames[member.province] ?? member.province}</span>
            </li>
          ))}
        </ul>
      </section>

      <section className="page-wide" aria-labelledby="network-listings-title">
        <header className="section-header">
          <h2 id="network-listings-title">{t('networkPage.listings')}</h2>
        </header>
        {network.listings.length === 0 ? (
          <p className="notice">{t('networkPage.listingsEmpty')}</p>
        ) : (
          <ul className="listing-grid">
            {network.listings.map((listing, index) => (
              <li key={listing.id}>
                <ListingCard listing={listing} href={`/listings/${listing.id}`} priority={index < 4} showNetwork={false} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** What a buyer pays to have the network's goods sent, in the marketplace's currency, the one its rule is kept in (plain figures when the API did not say it). */
function shippingText({ flatFeeMinor, freeAboveMinor }: Network['shipping'], currency: string | null, t: Translate<KeyOf<typeof networksMessages>>, locale: Locale): string {
  if (flatFeeMinor === 0) return t('networkPage.shippingFree');
  const money = (amountMinor: number) => (currency ? formatMoney(amountMinor, currency, locale) : formatNumber(amountMinor, locale));
  const fee = money(flatFeeMinor);
  return freeAboveMinor === null ? t('networkPage.shipping', { fee }) : t('networkPage.shippingFreeAbove', { fee, amount: money(freeAboveMinor) });
}
