import { formatNumber } from '@bazaarche/i18n';
import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useFetcher, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/form-alert.tsx';
import { FormNotice } from '../components/form-notice.tsx';
import listingCardStyles from '../components/listing-card.css?url';
import { ListingCard } from '../components/listing-card.tsx';
import pagerStyles from '../components/pager.css?url';
import { Pager } from '../components/pager.tsx';
import { ShopForm } from '../components/shop-form.tsx';
import { ListingStatusBadge, ProducerStatusBadge } from '../components/status-badge.tsx';
import { dashboardMessages } from '../i18n/messages/dashboard.ts';
import { networksMessages } from '../i18n/messages/networks.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import {
  changeListingStatus,
  listCategories,
  listProvinces,
  listSellerListings,
  acceptNetworkInvitation,
  createNetwork,
  openShop,
  updateShop,
} from '../lib/api.server.ts';
import { myNetworks } from '../lib/network-view.ts';
import { parseWholeNumber } from '../lib/number-input.ts';
import { NetworksPanel, type NetworkField } from '../components/networks-panel.tsx';
import type { ListingSummary } from '../lib/catalogue-types.ts';
import { formText } from '../lib/form-data.ts';
import { possibleChanges, statusChangeOf } from '../lib/listing-status.ts';
import { formErrorsFromProblem, problemMessage } from '../lib/form-errors.ts';
import { ownShop } from '../lib/own-shop.server.ts';
import { pageParam, signedInContext } from '../lib/request-context.server.ts';
import { emptyShopForm, readShopForm, shopBody, shopFieldOf } from '../lib/shop-form.ts';
import { isolate } from '../lib/bidi.ts';
import dashboardStyles from './dashboard-page.css?url';
import networksStyles from './dashboard-networks-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: pagerStyles },
  { rel: 'stylesheet', href: listingCardStyles },
  // After the cards: a producer's grid overrides the cards' two columns on a phone.
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: networksStyles },
];

const perPage = 24;

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), dashboardMessages, networksMessages);
  return [{ title: `${t('dashboard.title')} | ${t('brand.name')}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, caller, headers } = await signedInContext(request);
  if (!user.producer) {
    return data({ kind: 'no-shop' as const, ...(await shopFormChoices(caller)) }, { headers });
  }
  const page = pageParam(request);
  const [shop, listings] = await Promise.all([ownShop(caller, user.producer.slug), listSellerListings(caller, { page, perPage })]);
  // A rejected shop is edited right here, so its form needs the choices too.
  const choices = shop.status === 'rejected' ? await shopFormChoices(caller) : null;
  const saved = new URL(request.url).searchParams.get('saved') === 'shop';
  // The networks the user leads, belongs to or is invited to, as GET /v1/me gives them on every request.
  const networks = shop.status === 'approved' ? myNetworks(user.networks) : null;
  const networkChoices = shop.status === 'approved' ? await shopFormChoices(caller) : null;
  return data({ kind: 'shop' as const, shop, listings: listings.ok ? listings.data : null, choices, saved, networks, networkChoices }, { headers });
}

async function shopFormChoices(caller: Parameters<typeof listProvinces>[0]) {
  const [provinces, categories] = await Promise.all([listProvinces(caller), listCategories(caller)]);
  if (!provinces.ok || !categories.ok) throw new Response(null, { status: 503 });
  return { provinces: provinces.data.items, trades: categories.data.items };
}

export async function action({ request }: ActionFunctionArgs) {
  const { locale, user, caller, headers } = await signedInContext(request);
  const form = await request.formData();
  const intent = formText(form, 'intent');

  if (intent === 'open-shop' || intent === 'resubmit-shop') {
    const values = readShopForm(form);
    const result =
      intent === 'open-shop' || !user.producer
        ? await openShop(caller, shopBody(values))
        : await updateShop(caller, user.producer.id, shopBody(values));
    // Someone who already has a shop (a second tab) simply sees it.
    if (result.ok || result.problem.code === 'producer_exists') throw redirect('/dashboard', { headers });
    return data(
      { kind: 'shop-form' as const, values, errors: formErrorsFromProblem(result.problem, locale, shopFieldOf) },
      { status: result.problem.status || 503, headers },
    );
  }

  if (intent === 'found-network') {
    const values = { name: formText(form, 'name').trim(), provinceCode: formText(form, 'provinceCode'), trade: formText(form, 'trade'), capacity: formText(form, 'capacity') };
    const capacity = parseWholeNumber(values.capacity);
    const result = await createNetwork(caller, {
      name: values.name,
      provinceCode: values.provinceCode,
      trades: values.trade ? [values.trade] : [],
      ...(capacity.kind === 'number' ? { leaderCapacityPerWeek: capacity.value } : {}),
    });
    if (result.ok) throw redirect(`/dashboard/networks/${result.data.id}`, { headers });
    const errors = formErrorsFromProblem<NetworkField>(result.problem, locale, (field) =>
      field === 'trades' || field.startsWith('trades.') ? 'trade' : field === 'leaderCapacityPerWeek' ? 'capacity' : field === 'name' || field === 'provinceCode' ? field : null,
    );
    return data({ kind: 'network-form' as const, values, errors }, { status: result.problem.status || 503, headers });
  }

  if (intent === 'accept-invitation') {
    const networkId = formText(form, 'networkId');
    const result = await acceptNetworkInvitation(caller, networkId);
    const t = translator(locale, dashboardMessages, networksMessages);
    // The loader runs again after the post, and GET /v1/me then names the user a member.
    if (result.ok) return data({ kind: 'invitation' as const, networkId, notice: t('networks.joined'), error: null }, { headers });
    return data({ kind: 'invitation' as const, networkId, notice: null, error: problemMessage(result.problem, locale) }, { status: result.problem.status || 503, headers });
  }

  const change = statusChangeOf(intent);
  const listingId = formText(form, 'listingId');
  if (change && listingId) {
    const result = await changeListingStatus(caller, listingId, change);
    const t = translator(locale, dashboardMessages, networksMessages);
    if (result.ok) return data({ kind: 'listing' as const, listingId, notice: t(`listingAction.${result.data.status === 'active' ? 'published' : change === 'pause' ? 'paused' : 'archived'}`), error: null }, { headers });
    return data({ kind: 'listing' as const, listingId, notice: null, error: problemMessage(result.problem, locale) }, { status: result.problem.status || 503, headers });
  }
  throw new Response(null, { status: 400 });
}

export default function Dashboard() {
  const loaded = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT(dashboardMessages, networksMessages);
  const shopAnswer = answer?.kind === 'shop-form' ? answer : undefined;

  if (loaded.kind === 'no-shop') {
    return (
      <section className="page-narrow">
        <h1>{t('dashboard.openTitle')}</h1>
        <p className="page-lead">{t('dashboard.openLead')}</p>
        <div className="panel">
          <ShopForm
            intent="open-shop"
            values={shopAnswer?.values ?? emptyShopForm}
            errors={shopAnswer?.errors}
            provinces={loaded.provinces}
            trades={loaded.trades}
            submitLabel={t('shopForm.open')}
          />
        </div>
      </section>
    );
  }

  const { shop, listings, choices, saved, networks, networkChoices } = loaded;
  const networkAnswer = answer?.kind === 'network-form' ? answer : undefined;
  const invitationAnswer = answer?.kind === 'invitation' ? answer : undefined;
  return (
    <section className="page-wide dashboard">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">{t('dashboard.title')}</p>
          <h1>{shop.shopName}</h1>
        </div>
        <ProducerStatusBadge status={shop.status} />
      </header>
      {saved ? <FormNotice message={t('dashboard.shopSaved')} /> : null}

      {shop.status === 'pending' ? (
        <div className="status-card" data-status="pending">
          <h2>{t('dashboard.pendingTitle')}</h2>
          <p>{t('dashboard.pendingBody')}</p>
          <div className="card-actions">
            <Link to="/dashboard/listings/new" className="button button-primary">
              {t('dashboard.newListing')}
            </Link>
            <Link to="/dashboard/shop" className="button">
              {t('dashboard.editShop')}
            </Link>
            <Link to={`/shops/${shop.slug}`} className="button button-quiet">
              {t('dashboard.viewShop')}
            </Link>
          </div>
        </div>
      ) : shop.status === 'rejected' && choices ? (
        <div className="status-card" data-status="rejected">
          <h2>{t('dashboard.rejectedTitle')}</h2>
          {shop.rejectionReason ? <p className="status-reason">{t('dashboard.rejectedReason', { reason: shop.rejectionReason })}</p> : null}
          <p>{t('dashboard.rejectedBody')}</p>
          <ShopForm
            intent="resubmit-shop"
            values={shopAnswer?.values ?? shop.formValues}
            errors={shopAnswer?.errors}
            provinces={choices.provinces}
            trades={choices.trades}
            submitLabel={t('shopForm.resubmit')}
          />
        </div>
      ) : (
        <div className="status-card" data-status="approved">
          <p>{t('dashboard.approvedBody')}</p>
          <div className="card-actions">
            <Link to="/dashboard/listings/new" className="button button-primary">
              {t('dashboard.newListing')}
            </Link>
            <Link to="/dashboard/orders" className="button">
              {t('dashboard.orders')}
            </Link>
            <Link to="/dashboard/earnings" className="button">
              {t('dashboard.earnings')}
            </Link>
            <Link to="/dashboard/tasks" className="button">
              {t('dashboard.tasks')}
            </Link>
            <Link to={`/shops/${shop.slug}`} className="button">
              {t('dashboard.viewShop')}
            </Link>
            <Link to="/dashboard/shop" className="button button-quiet">
              {t('dashboard.editShop')}
            </Link>
          </div>
        </div>
      )}

      {networks && networkChoices ? (
        <NetworksPanel
          networks={networks}
          provinces={networkChoices.provinces}
          trades={networkChoices.trades}
          values={networkAnswer?.values}
          errors={networkAnswer?.errors}
          invitation={invitationAnswer}
        />
      ) : null}

      <section className="dashboard-listings" aria-labelledby="listings-title">
        <header className="section-header">
          <h2 id="listings-title">{t('dashboard.listingsTitle')}</h2>
          {listings && listings.total > 0 ? <ListingsCount total={listings.total} /> : null}
        </header>
        {listings === null ? (
          <p className="notice">{t('error.unavailable')}</p>
        ) : listings.items.length === 0 ? (
          <p className="notice">{t('dashboard.listingsEmpty')}</p>
        ) : (
          <>
            <ul className="listing-grid listing-grid-seller">
              {listings.items.map((listing) => (
                <li key={listing.id}>
                  <SellerListingCard listing={listing} />
                </li>
              ))}
            </ul>
            <Pager page={listings.page} perPage={listings.perPage} total={listings.total} />
          </>
        )}
      </section>
    </section>
  );
}

function ListingsCount({ total }: { total: number }) {
  const t = useT(dashboardMessages, networksMessages);
  const locale = useLocale();
  return <p className="section-count">{t('dashboard.listingsCount', { count: formatNumber(total, locale) })}</p>;
}

/** A listing on the dashboard: its card, its status and what can be done with it from here. */
function SellerListingCard({ listing }: { listing: ListingSummary }) {
  const t = useT(dashboardMessages, networksMessages);
  const fetcher = useFetcher<typeof action>();
  const answer = useActionData<typeof action>();
  // Answers from the fetcher (with scripts) or from a whole-page post (without), for this card only.
  const own = [fetcher.data, answer].find((candidate) => candidate?.kind === 'listing' && candidate.listingId === listing.id);
  const outcome = own?.kind === 'listing' ? own : undefined;
  const busy = fetcher.state !== 'idle';
  const possible = possibleChanges(listing.status);
  return (
    <ListingCard listing={listing} href={`/dashboard/listings/${listing.id}`}>
      <div className="listing-card-status">
        <ListingStatusBadge status={listing.status} />
      </div>
      <fetcher.Form method="post" className="listing-card-actions" aria-label={t('dashboard.listingActions', { name: isolate(listing.name) })}>
        <input type="hidden" name="listingId" value={listing.id} />
        <Link to={`/dashboard/listings/${listing.id}`} className="button button-small">
          {t('listingAction.edit')}
        </Link>
        {possible.map((change) => (
          <button key={change} type="submit" name="intent" value={change} className="button button-small button-quiet" disabled={busy}>
            {t(`listingAction.${change}`)}
          </button>
        ))}
        {listing.status === 'active' ? (
          <Link to={`/listings/${listing.id}`} className="button button-small button-quiet">
            {t('listingAction.view')}
          </Link>
        ) : null}
      </fetcher.Form>
      {outcome?.error ? <FormAlert messages={[outcome.error]} /> : <FormNotice message={outcome?.notice} />}
    </ListingCard>
  );
}
