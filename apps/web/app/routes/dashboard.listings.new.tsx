import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { ListingForm } from '../components/listing-form.tsx';
import { listingFormMessages } from '../i18n/messages/listing-form.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useT } from '../i18n/use-t.ts';
import { createListing, listCategories, marketplaceCurrency } from '../lib/api.server.ts';
import { formErrorsFromProblem } from '../lib/form-errors.ts';
import { emptyListingForm, listingFieldOf, listingFormErrors, listingInputFromForm, readListingForm, withoutNulls } from '../lib/listing-form.ts';
import { myNetworks, sellingNetworks } from '../lib/network-view.ts';
import { signedInContext } from '../lib/request-context.server.ts';

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), listingFormMessages);
  return [{ title: `${t('listingForm.newTitle')} | ${t('brand.name')}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, caller, headers } = await signedInContext(request);
  // Listings belong to a shop: without one, the dashboard offers to open it first.
  if (!user.producer) throw redirect('/dashboard', { headers });
  const categories = await listCategories(caller);
  if (!categories.ok) throw new Response(null, { status: 503 });
  return data({ trades: categories.data.items, networks: sellingNetworks(myNetworks(user.networks), null) }, { headers });
}

export async function action({ request }: ActionFunctionArgs) {
  const { locale, caller, headers } = await signedInContext(request);
  const values = readListingForm(await request.formData());
  const currency = await marketplaceCurrency(caller);
  if (!currency) throw new Response(null, { status: 503, headers });
  const parsed = listingInputFromForm(values, currency);
  if (!parsed.ok) return data({ values, errors: listingFormErrors(parsed.errors, locale) }, { status: 422, headers });
  const result = await createListing(caller, withoutNulls(parsed.input));
  if (result.ok) throw redirect(`/dashboard/listings/${result.data.id}?created=1`, { headers });
  return data({ values, errors: formErrorsFromProblem(result.problem, locale, listingFieldOf) }, { status: result.problem.status || 503, headers });
}

export default function NewListing() {
  const { trades, networks } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT(listingFormMessages);
  return (
    <section className="page-medium">
      <Link to="/dashboard" className="back-link">
        {t('listingForm.back')}
      </Link>
      <h1>{t('listingForm.newTitle')}</h1>
      <div className="panel">
        <ListingForm values={answer?.values ?? emptyListingForm} errors={answer?.errors} trades={trades} networks={networks} submitLabel={t('listingForm.create')} />
      </div>
      <p className="notice">{t('photos.afterSave')}</p>
    </section>
  );
}
