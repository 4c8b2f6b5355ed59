import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/form-alert.tsx';
import { FormNotice } from '../components/form-notice.tsx';
import { ShopForm } from '../components/shop-form.tsx';
import { dashboardMessages } from '../i18n/messages/dashboard.ts';
import { shopMessages } from '../i18n/messages/shop.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useT } from '../i18n/use-t.ts';
import { listCategories, listProvinces, updateShop } from '../lib/api.server.ts';
import { formErrorsFromProblem } from '../lib/form-errors.ts';
import { ownShop } from '../lib/own-shop.server.ts';
import { signedInContext } from '../lib/request-context.server.ts';
import { readShopForm, shopBody, shopFieldOf } from '../lib/shop-form.ts';

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), dashboardMessages, shopMessages);
  return [{ title: `${t('dashboard.shopEditTitle')} | ${t('brand.name')}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, caller, headers } = await signedInContext(request);
  if (!user.producer) throw redirect('/dashboard', { headers });
  const [shop, provinces, categories] = await Promise.all([ownShop(caller, user.producer.slug), listProvinces(caller), listCategories(caller)]);
  if (!provinces.ok || !categories.ok) throw new Response(null, { status: 503 });
  const saved = new URL(request.url).searchParams.get('saved') === 'cod';
  return data({ shop, provinces: provinces.data.items, trades: categories.data.items, saved }, { headers });
}

export async function action({ request }: ActionFunctionArgs) {
  const { locale, user, caller, headers } = await signedInContext(request);
  if (!user.producer) throw redirect('/dashboard', { headers });
  const form = await request.formData();
  if (form.get('intent') === 'cod') {
    // An unticked checkbox is not sent at all: its absence is the answer "no".
    const result = await updateShop(caller, user.producer.id, { acceptsCod: form.get('acceptsCod') === 'on' });
    if (result.ok) throw redirect('/dashboard/shop?saved=cod', { headers });
    return data({ intent: 'cod' as const, values: null, errors: formErrorsFromProblem(result.problem, locale, () => null) }, { status: result.problem.status || 503, headers });
  }
  const values = readShopForm(form);
  // An emptied bio is cleared. The licence number is sent only when typed: the API does not show
  // it to its owner, so an empty box may just mean "not shown" and must not erase it.
  const result = await updateShop(caller, user.producer.id, { ...shopBody(values), bio: values.bio });
  if (result.ok) throw redirect('/dashboard?saved=shop', { headers });
  return data({ intent: 'update-shop' as const, values, errors: formErrorsFromProblem(result.problem, locale, shopFieldOf) }, { status: result.problem.status || 503, headers });
}

export default function EditShop() {
  const { shop, provinces, trades, saved } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT(dashboardMessages, shopMessages);
  return (
    <section className="page-narrow">
      <Link to="/dashboard" className="back-link">
        {t('dashboard.back')}
      </Link>
      <h1>{t('dashboard.shopEditTitle')}</h1>
      <div className="panel">
        <ShopForm
          intent="update-shop"
          values={answer?.values ?? shop.formValues}
          errors={answer?.intent === 'update-shop' ? answer.errors : undefined}
          provinces={provinces}
          trades={trades}
          submitLabel={shop.status === 'rejected' ? t('shopForm.resubmit') : t('shopForm.save')}
        />
      </div>
      <section className="panel" aria-labelledby="cod-title">
        <h2 id="cod-title">{t('shop.codTitle')}</h2>
        <FormNotice message={saved ? t('shop.codSaved') : null} />
        <Form method="post" className="stack-form">
          <input type="hidden" name="intent" value="cod" />
          <FormAlert messages={answer?.intent === 'cod' ? answer.errors.form : []} />
          <label className="choice">
            <input type="checkbox" name="acceptsCod" defaultChecked={shop.acceptsCod} aria-describedby="acceptsCod-hint" />
            <span>{t('shop.acceptsCod')}</span>
          </label>
          <p id="acceptsCod-hint" className="field-hint">
            {t('shop.acceptsCodHint')}
          </p>
          <div className="form-actions">
            <button type="submit" className="button">
              {t('shop.codSave')}
            </button>
          </div>
        </Form>
      </section>
    </section>
  );
}
