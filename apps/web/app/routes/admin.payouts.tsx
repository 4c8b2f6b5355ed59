import { formatMoney, formatNumber } from '@bazaarche/i18n';
import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FormAlert } from '../components/form-alert.tsx';
import { FormNotice } from '../components/form-notice.tsx';
import { TextField } from '../components/text-field.tsx';
import { adminMessages } from '../i18n/messages/admin.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { listPayouts, marketplaceCurrency, recordPayout } from '../lib/api.server.ts';
import { isolate } from '../lib/bidi.ts';
import { formatDateTime } from '../lib/dates.ts';
import { formText } from '../lib/form-data.ts';
import { formErrorsFromProblem } from '../lib/form-errors.ts';
import { formatSheba, moneyFormFieldOf, type Payout, type MoneyField, readMoneyForm } from '../lib/ledger-view.ts';
import { rialAsTomanInput } from '../lib/number-input.ts';
import { financeContext } from '../lib/request-context.server.ts';
import adminStyles from './admin-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: adminStyles },
];

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), adminMessages);
  return [{ title: `${t('adminPayouts.title')} | ${t('brand.name')}` }, { name: 'robots', content: 'noindex' }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, headers } = await financeContext(request);
  const [result, currency] = await Promise.all([listPayouts(caller), marketplaceCurrency(caller)]);
  if (!result.ok) throw new Response(null, { status: result.problem.status === 403 ? 404 : 503, headers });
  if (!currency) throw new Response(null, { status: 503, headers });
  // Payouts are made, and balances shown, in the marketplace currency.
  return data({ ...result.data, currency }, { headers });
}

export async function action({ request }: ActionFunctionArgs) {
  const { locale, caller, headers } = await financeContext(request);
  const form = await request.formData();
  if (formText(form, 'intent') !== 'payout') throw new Response(null, { status: 400, headers });
  const producerId = formText(form, 'producerId');
  const t = translator(locale, adminMessages);
  // The bank's reference is kept when given; a transfer may not have one.
  const { values, body, fields } = readMoneyForm(form, t, { referenceRequired: false });
  if (!body) return data({ producerId, notice: null, error: null, fields, values }, { status: 422, headers });
  const currency = await marketplaceCurrency(caller);
  if (!currency) throw new Response(null, { status: 503, headers });
  const result = await recordPayout(caller, {
    producerId,
    amountMinor: body.amountMinor,
    currency,
    ...(body.reference ? { reference: body.reference } : {}),
  });
  if (result.ok) {
    const payout = result.data;
    const notice = t('adminPayouts.recorded', { amount: formatMoney(payout.amountMinor, payout.currency, locale), name: isolate(payout.producer?.shopName ?? payout.network?.name ?? '') });
    return data({ producerId, notice, error: null, fields: {}, values: null }, { headers });
  }
  // A 409 (more than is owed, no Sheba yet) belongs to no one field: it shows above the form.
  const errors = formErrorsFromProblem(result.problem, locale, moneyFormFieldOf);
  return data({ producerId, notice: null, error: errors.form[0] ?? null, fields: errors.fields, values }, { status: result.problem.status || 503, headers });
}

type Seller = ReturnType<typeof useLoaderData<typeof loader>>['sellers'][number];

export default function AdminPayouts() {
  const { sellers, payouts, currency } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT(adminMessages);
  const locale = useLocale();
  return (
    <section className="page-wide">
      <header className="section-header">
        <h1>{t('adminPayouts.title')}</h1>
        {sellers.length > 0 ? <p className="section-count">{t('admin.producersCount', { count: formatNumber(sellers.length, locale) })}</p> : null}
      </header>
      <p className="page-lead">{t('adminPayouts.lead')}</p>
      {/* A shop paid in full may leave the list as the page reloads, so the outcome is told up here. */}
      <FormNotice message={answer?.notice} />

      <section aria-labelledby="sellers-title">
        <h2 id="sellers-title" className="visually-hidden">
          {t('adminPayouts.sellers')}
        </h2>
        {sellers.length === 0 ? (
          <p className="notice">{t('adminPayouts.sellersEmpty')}</p>
        ) : (
          <ul className="review-list">
            {sellers.map((seller) => (
              <li key={seller.producer.id}>
                <SellerCard seller={seller} currency={currency} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <RecentPayouts payouts={payouts} />
    </section>
  );
}

function SellerCard({ seller, currency }: { seller: Seller; currency: string }) {
  const t = useT(adminMessages);
  const locale = useLocale();
  const answer = useActionData<typeof action>();
  const navigation = useNavigation();
  const { producer } = seller;
  const own = answer?.producerId === producer.id ? answer : undefined;
  const busy = navigation.state !== 'idle' && navigation.formData?.get('producerId') === producer.id;
  const titleId = `seller-${producer.id}`;
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const fields: Partial<Record<MoneyField, string>> = own?.fields ?? {};
  return (
    <article className="review-card payout-card" aria-labelledby={titleId}>
      <header>
        <h2 id={titleId}>
          <Link to={`/shops/${producer.slug}`}>{producer.shopName}</Link>
        </h2>
      </header>
      <dl className="facts">
        <div>
          <dt>{t('adminPayouts.held')}</dt>
          <dd>{money(seller.heldMinor)}</dd>
        </div>
        <div>
          <dt>{t('adminPayouts.payable')}</dt>
          <dd className="payout-payable">{money(seller.payableMinor)}</dd>
        </div>
        <div>
          <dt>{t('adminPayouts.sheba')}</dt>
          {seller.payoutSheba ? (
            <dd dir="ltr" className="sheba">
              {formatSheba(seller.payoutSheba)}
            </dd>
          ) : (
            <dd className="review-meta">{t('adminPayouts.noSheba')}</dd>
          )}
        </div>
      </dl>
      {seller.payableMinor > 0 ? (
        <div className="review-actions">
          {own?.error ? <FormAlert messages={[own.error]} /> : null}
          <Form method="post" className="ship-form" noValidate preventScrollReset aria-label={t('adminPayouts.formFor', { name: isolate(producer.shopName) })}>
            <input type="hidden" name="producerId" value={producer.id} />
            <TextField
              name="amount"
              idKey={`amount-${producer.id}`}
              label={t('adminPayouts.amount')}
              hint={t('adminPayouts.amountHint')}
              required
              autoComplete="off"
              dir="ltr"
              inputMode="decimal"
              defaultValue={own?.values?.amount ?? rialAsTomanInput(seller.payableMinor)}
              error={fields.amount}
            />
            <TextField
              name="reference"
              idKey={`reference-${producer.id}`}
              label={t('adminPayouts.reference')}
              hint={t('adminPayouts.referenceHint')}
              maxLength={100}
              autoComplete="off"
              dir="ltr"
              defaultValue={own?.values?.reference ?? ''}
              error={fields.reference}
            />
            <button type="submit" name="intent" value="payout" className="button button-primary" disabled={busy}>
              {t('adminPayouts.submit')}
            </button>
          </Form>
        </div>
      ) : null}
    </article>
  );
}

function RecentPayouts({ payouts }: { payouts: Payout[] }) {
  const t = useT(adminMessages);
  const locale = useLocale();
  return (
    <section className="order-section" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('adminPayouts.recent')}</h2>
      {payouts.length === 0 ? (
        <p className="notice">{t('adminPayouts.recentEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table payouts-table">
            <thead>
              <tr>
                <th scope="col">{t('adminPayouts.date')}</th>
                <th scope="col">{t('adminPayouts.shop')}</th>
                <th scope="col" className="amount-cell">
                  {t('adminPayouts.paid')}
                </th>
                <th scope="col">{t('adminPayouts.destination')}</th>
                <th scope="col">{t('adminPayouts.reference')}</th>
              </tr>
            </thead>
            <tbody>
              {payouts.map((payout) => (
                <tr key={payout.id}>
                  <td>
                    <time dateTime={payout.createdAt}>{formatDateTime(payout.createdAt, locale)}</time>
                  </td>
                  <td>
                    {payout.producer ? <Link to={`/shops/${payout.producer.slug}`}>{payout.producer.shopName}</Link> : payout.network?.name}
                  </td>
                  <td className="amount-cell">{formatMoney(payout.amountMinor, payout.currency, locale)}</td>
                  <td dir="ltr" className="sheba">
                    {formatSheba(payout.destination)}
                  </td>
                  <td dir="auto">{payout.reference ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
