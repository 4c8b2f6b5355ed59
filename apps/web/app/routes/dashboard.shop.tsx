import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { ShopForm } from '../components/shop-form.tsx';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useT } from '../i18n/use-t.ts';
import { listCategories, listProvinces, updateShop } from '../lib/api.server.ts';
import { formErrorsFromProblem } from '../lib/form-errors.ts';
import { ownShop } from '../lib/own-shop.server.ts';
import { signedInContext } from '../lib/request-context.server.ts';
import { readShopForm, shopBody, shopFieldOf } from '../lib/shop-form.ts';

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches));
  return [{ title: `${t('dashboard.shopEditTitle')} | ${t('brand.name')}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, caller, headers } = await signedInContext(request);
  if (!user.producer) throw redirect('/dashboard', { headers });
  const [shop, provinces, categories] = await Promise.all([ownShop(caller, user.producer.slug), listProvinces(caller), listCategories(caller)]);
  if (!provinces.ok || !categories.ok) throw new Response(null, { status: 503 });
  return data({ shop, provinces: provinces.data.items, trades: categories.data.items }, { headers });
}

export async function action({ request }: ActionFunctionArgs) {
  const { locale, user, caller, headers } = await signedInContext(request);
  if (!user.producer) throw redirect('/dashboard', { headers });
  const values = readShopForm(await request.formData());
  // An emptied bio is cleared. The licence number is sent only when typed: the API does not show
  // it to its owner, so an empty box may just mean "not shown" and must not erase it.
  const result = await updateShop(caller, user.producer.id, { ...shopBody(values), bio: values.bio });
  if (result.ok) throw redirect('/dashboard?saved=shop', { headers });
  return data({ values, errors: formErrorsFromProblem(result.problem, locale, shopFieldOf) }, { status: result.problem.status || 503, headers });
}

export default function EditShop() {
  const { shop, provinces, trades } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT();
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
          errors={answer?.errors}
          provinces={provinces}
          trades={trades}
          submitLabel={shop.status === 'rejected' ? t('shopForm.resubmit') : t('shopForm.save')}
        />
      </div>
    </section>
  );
}
