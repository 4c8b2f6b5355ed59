import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FormAlert } from '../components/form-alert.tsx';
import { FormNotice } from '../components/form-notice.tsx';
import { ListingForm } from '../components/listing-form.tsx';
import { PhotoManager } from '../components/photo-manager.tsx';
import { ListingStatusBadge } from '../components/status-badge.tsx';
import { dashboardMessages } from '../i18n/messages/dashboard.ts';
import { listingFormMessages } from '../i18n/messages/listing-form.ts';
import { statusMessages } from '../i18n/messages/status.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import {
  changeListingStatus,
  deleteListingImage,
  getListing,
  listCategories,
  marketplaceCurrency,
  reorderListingImages,
  updateListing,
  updateListingImageAlt,
} from '../lib/api.server.ts';
import type { Listing } from '../lib/catalogue-types.ts';
import { formText } from '../lib/form-data.ts';
import { possibleChanges, statusChangeOf } from '../lib/listing-status.ts';
import { formErrorsFromProblem, problemMessage } from '../lib/form-errors.ts';
import { listingFieldOf, listingFormErrors, listingFormValues, listingInputFromForm, readListingForm } from '../lib/listing-form.ts';
import { myNetworks, sellingNetworks } from '../lib/network-view.ts';
import { movePhoto } from '../lib/photo-order.ts';
import { signedInContext, type VisitorContext } from '../lib/request-context.server.ts';
import { isolate } from '../lib/bidi.ts';
import { localized } from '../lib/listing-view.ts';
import photoManagerStyles from '../components/photo-manager.css?url';
import dashboardStyles from './dashboard-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: photoManagerStyles },
];

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = translator(localeOfMatches(matches), dashboardMessages, listingFormMessages, statusMessages);
  const name = loaded ? localized(loaded.listing.title, localeOfMatches(matches)).text : '';
  return [{ title: `${t('listingForm.editTitle', { name })} | ${t('brand.name')}` }];
};

/** The listing, if it is in the signed-in producer's own shop; anyone else's does not exist here. */
async function ownListing({ user, caller, headers }: VisitorContext, listingId: string): Promise<Listing> {
  if (!user?.producer) throw redirect('/dashboard', { headers });
  const result = await getListing(caller, listingId);
  if (!result.ok) throw new Response(null, { status: result.problem.status === 404 || result.problem.status === 422 ? 404 : 503, headers });
  if (result.data.seller.id !== user.producer.id) throw new Response(null, { status: 404, headers });
  return result.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const context = await signedInContext(request);
  const [listing, categories] = await Promise.all([ownListing(context, params.id!), listCategories(context.caller)]);
  if (!categories.ok) throw new Response(null, { status: 503 });
  const search = new URL(request.url).searchParams;
  const errorStatus = Number(search.get('photoError'));
  return data(
    {
      listing,
      trades: categories.data.items,
      networks: sellingNetworks(myNetworks(context.user.networks), listing.network),
      created: search.has('created'),
      returned: { uploaded: search.get('photo') === 'uploaded', errorStatus: Number.isInteger(errorStatus) && errorStatus > 0 ? errorStatus : null },
    },
    { headers: context.headers },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const context = await signedInContext(request);
  const { locale, caller, headers } = context;
  const listingId = params.id!;
  const t = translator(locale, dashboardMessages, listingFormMessages, statusMessages);
  const form = await request.formData();
  const intent = formText(form, 'intent');

  if (intent === 'save') {
    const values = readListingForm(form);
    const currency = await marketplaceCurrency(caller);
    if (!currency) throw new Response(null, { status: 503, headers });
    const parsed = listingInputFromForm(values, currency);
    if (!parsed.ok) return data({ kind: 'save' as const, values, errors: listingFormErrors(parsed.errors, locale), notice: null }, { status: 422, headers });
    const result = await updateListing(caller, listingId, parsed.input);
    if (result.ok) return data({ kind: 'save' as const, values, errors: null, notice: t('listingForm.saved') }, { headers });
    return data(
      { kind: 'save' as const, values, errors: formErrorsFromProblem(result.problem, locale, listingFieldOf), notice: null },
      { status: result.problem.status || 503, headers },
    );
  }

  const change = statusChangeOf(intent);
  if (change) {
    const result = await changeListingStatus(caller, listingId, change);
    if (result.ok) {
      const notice = t(result.data.status === 'active' ? 'listingAction.published' : change === 'pause' ? 'listingAction.paused' : 'listingAction.archived');
      return data({ kind: 'status' as const, notice, error: null }, { headers });
    }
    return data({ kind: 'status' as const, notice: null, error: problemMessage(result.problem, locale) }, { status: result.problem.status || 503, headers });
  }

  if (intent.startsWith('photo-')) {
    const imageId = formText(form, 'imageId');
    const outcome = await changePhoto(context, listingId, imageId, intent, form);
    const photo = { imageId, notice: outcome.ok ? outcome.notice : null, error: outcome.ok ? null : outcome.error };
    return data({ kind: 'photo' as const, photo }, { status: outcome.ok ? 200 : outcome.status, headers });
  }
  throw new Response(null, { status: 400 });
}

type PhotoOutcome = { ok: true; notice: string | null } | { ok: false; status: number; error: string };

async function changePhoto(context: VisitorContext, listingId: string, imageId: string, intent: string, form: FormData): Promise<PhotoOutcome> {
  const { caller, locale } = context;
  const t = translator(locale, dashboardMessages, listingFormMessages, statusMessages);
  const refused = (problem: Parameters<typeof problemMessage>[0]): PhotoOutcome => ({
    ok: false,
    status: problem.status || 503,
    error: problemMessage(problem, locale),
  });
  switch (intent) {
    case 'photo-alt': {
      const alt = { fa: formText(form, 'altFa').trim() || null, en: formText(form, 'altEn').trim() || null };
      const result = await updateListingImageAlt(caller, listingId, imageId, alt);
      return result.ok ? { ok: true, notice: t('photos.altSaved') } : refused(result.problem);
    }
    case 'photo-earlier':
    case 'photo-later': {
      const listing = await ownListing(context, listingId);
      const order = movePhoto(
        listing.images.map((image) => image.id),
        imageId,
        intent === 'photo-earlier' ? 'earlier' : 'later',
      );
      // Already first or last (a second tab moved it): the list on screen is simply refreshed.
      if (!order) return { ok: true, notice: null };
      const result = await reorderListingImages(caller, listingId, order);
      return result.ok ? { ok: true, notice: null } : refused(result.problem);
    }
    case 'photo-delete': {
      const result = await deleteListingImage(caller, listingId, imageId);
      return result.ok || result.problem.status === 404 ? { ok: true, notice: null } : refused(result.problem);
    }
    default:
      throw new Response(null, { status: 400 });
  }
}

export default function EditListing() {
  const { listing, trades, networks, created, returned } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT(dashboardMessages, listingFormMessages, statusMessages);
  const locale = useLocale();
  const saveAnswer = answer?.kind === 'save' ? answer : undefined;
  return (
    <section className="page-medium listing-editor">
      <Link to="/dashboard" className="back-link">
        {t('listingForm.back')}
      </Link>
      <header className="dashboard-header">
        <h1>{t('listingForm.editTitle', { name: isolate(localized(listing.title, locale).text) })}</h1>
        <ListingStatusBadge status={listing.status} />
      </header>

      <StatusPanel listing={listing} answer={answer?.kind === 'status' ? answer : undefined} />

      {created ? <FormNotice message={t('listingForm.created')} /> : null}
      <PhotoManager listingId={listing.id} images={listing.images} returned={returned} />

      <div className="panel">
        <FormNotice message={saveAnswer?.notice} />
        {/* Keyed by the saved version, so a successful save shows what the API now holds. */}
        <ListingForm
          key={listing.updatedAt}
          values={saveAnswer?.errors ? saveAnswer.values : listingFormValues(listing)}
          errors={saveAnswer?.errors ?? undefined}
          trades={trades}
          networks={networks}
          submitLabel={t('listingForm.save')}
        />
      </div>
    </section>
  );
}

function StatusPanel({ listing, answer }: { listing: Listing; answer: { notice: string | null; error: string | null } | undefined }) {
  const t = useT(dashboardMessages, listingFormMessages, statusMessages);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && ['publish', 'pause', 'archive'].includes(String(navigation.formData?.get('intent')));
  const possible = possibleChanges(listing.status);
  return (
    <div className="panel status-panel">
      <p className="status-line">{t('listingForm.status', { status: t(`listingStatus.${listing.status}`) })}</p>
      {listing.status === 'rejected' && listing.rejectionReason ? (
        <p className="status-reason">{t('listingForm.rejected', { reason: listing.rejectionReason })}</p>
      ) : null}
      {listing.status !== 'active' && listing.status !== 'archived' ? <p className="field-hint">{t('listingForm.publishHint')}</p> : null}
      <Form method="post" className="card-actions" preventScrollReset>
        {possible.map((change) => (
          <button
            key={change}
            type="submit"
            name="intent"
            value={change}
            className={change === 'publish' ? 'button button-primary' : 'button button-quiet'}
            disabled={busy}
          >
            {t(`listingAction.${change}`)}
          </button>
        ))}
        <Link to={`/listings/${listing.id}`} className="button button-quiet">
          {t('listingAction.view')}
        </Link>
      </Form>
      {answer?.error ? <FormAlert messages={[answer.error]} /> : <FormNotice message={answer?.notice} />}
    </div>
  );
}
