import { formatMoney } from '@bazaarche/i18n';
import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FormAlert } from '../components/form-alert.tsx';
import { FormNotice } from '../components/form-notice.tsx';
import { TextField } from '../components/text-field.tsx';
import { dashboardMessages } from '../i18n/messages/dashboard.ts';
import { earningsMessages } from '../i18n/messages/earnings.ts';
import { ordersMessages } from '../i18n/messages/orders.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { getLedgerStatement, updateShop } from '../lib/api.server.ts';
import { isolate } from '../lib/bidi.ts';
import { formatDateTime } from '../lib/dates.ts';
import { formText } from '../lib/form-data.ts';
import { formErrorsFromProblem } from '../lib/form-errors.ts';
import { accountText, entryText, formatSheba, formatSignedMoney, type LedgerStatement } from '../lib/ledger-view.ts';
import { orderNumber } from '../lib/order-view.ts';
import { ownShop } from '../lib/own-shop.server.ts';
import { signedInContext } from '../lib/request-context.server.ts';
import earningsStyles from './earnings-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: earningsStyles },
];

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), dashboardMessages, earningsMessages, ordersMessages);
  return [{ title: `${t('earnings.title')} | ${t('brand.name')}` }, { name: 'robots', content: 'noindex' }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, caller, headers } = await signedInContext(request);
  // Someone without a shop is shown how to open one.
  if (!user.producer) throw redirect('/dashboard', { headers });
  const [shop, statement] = await Promise.all([ownShop(caller, user.producer.slug), getLedgerStatement(caller)]);
  if (!statement.ok) throw new Response(null, { status: 503, headers });
  return data({ payoutSheba: shop.payoutSheba, statement: statement.data }, { headers });
}

export async function action({ request }: ActionFunctionArgs) {
  const { locale, user, caller, headers } = await signedInContext(request);
  if (!user.producer) throw redirect('/dashboard', { headers });
  const form = await request.formData();
  if (formText(form, 'intent') !== 'save-sheba') throw new Response(null, { status: 400, headers });
  const typed = formText(form, 'payoutSheba').trim();
  // An emptied box takes the Sheba away; the API checks and normalises anything else.
  const result = await updateShop(caller, user.producer.id, { payoutSheba: typed || null });
  if (result.ok) {
    const t = translator(locale, dashboardMessages, earningsMessages, ordersMessages);
    return data({ notice: t(typed ? 'earnings.shebaSaved' : 'earnings.shebaCleared'), typed: null, errors: null }, { headers });
  }
  const errors = formErrorsFromProblem(result.problem, locale, (field) => (field === 'payoutSheba' ? ('payoutSheba' as const) : null));
  return data({ notice: null, typed, errors }, { status: result.problem.status || 503, headers });
}

export default function Earnings() {
  const { payoutSheba, statement } = useLoaderData<typeof loader>();
  const t = useT(dashboardMessages, earningsMessages, ordersMessages);
  return (
    <section className="page-wide dashboard earnings-page">
      <Link to="/dashboard" className="back-link">
        {t('dashboard.back')}
      </Link>
      <header className="section-header">
        <h1>{t('earnings.title')}</h1>
      </header>
      <p className="page-lead">{t('earnings.lead')}</p>
      <Balances statement={statement} />
      <Statement statement={statement} />
      <PayoutAccount payoutSheba={payoutSheba} />
    </section>
  );
}

function Balances({ statement }: { statement: LedgerStatement }) {
  const t = useT(dashboardMessages, earningsMessages, ordersMessages);
  const locale = useLocale();
  const balances = [
    { key: 'held', label: t('earnings.held'), hint: t('earnings.heldHint'), amount: statement.balance.heldMinor },
    { key: 'payable', label: t('earnings.payable'), hint: t('earnings.payableHint'), amount: statement.balance.payableMinor },
    { key: 'unfunded', label: t('earnings.unfunded'), hint: t('earnings.unfundedHint'), amount: statement.balance.unfundedMinor },
    { key: 'owed', label: t('earnings.owed'), hint: t('earnings.owedHint'), amount: statement.balance.owedMinor },
    { key: 'paid-out', label: t('earnings.paidOut'), hint: t('earnings.paidOutHint'), amount: statement.balance.paidOutMinor },
  ];
  return (
    <section aria-labelledby="balances-title">
      <h2 id="balances-title" className="visually-hidden">
        {t('earnings.balances')}
      </h2>
      <dl className="balances">
        {balances.map((balance) => (
          <div key={balance.key} className="balance" data-balance={balance.key}>
            <dt>{balance.label}</dt>
            <dd className="balance-amount">{formatMoney(balance.amount, statement.currency, locale)}</dd>
            <dd className="balance-hint">{balance.hint}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Statement({ statement }: { statement: LedgerStatement }) {
  const t = useT(dashboardMessages, earningsMessages, ordersMessages);
  const locale = useLocale();
  // A statement is read from what happened last.
  const entries = [...statement.entries].reverse();
  return (
    <section className="order-section" aria-labelledby="statement-title">
      <header className="section-header">
        <h2 id="statement-title">{t('earnings.entries')}</h2>
        {/* A plain link: the file comes from a resource route, not a page to render. */}
        <a href="/dashboard/earnings.csv" download className="button button-small">
          {t('earnings.downloadCsv')}
        </a>
      </header>
      {entries.length === 0 ? (
        <p className="notice">{t('earnings.entriesEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table statement-table">
            <caption className="visually-hidden">
              {t('earnings.entries')} ({t('earnings.newestFirst')})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('earnings.date')}</th>
                <th scope="col">{t('earnings.event')}</th>
                <th scope="col">{t('earnings.account')}</th>
                <th scope="col">{t('earnings.order')}</th>
                <th scope="col" className="amount-cell">
                  {t('earnings.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                <tr key={index} data-kind={entry.kind}>
                  <td>
                    <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
                  </td>
                  <td>{entryText(entry, t, locale)}</td>
                  <td>{accountText(entry.account, t)}</td>
                  <td>{entry.orderId ? <Link to={`/orders/${entry.orderId}`}>{t('orders.number', { number: isolate(orderNumber(entry.orderId)) })}</Link> : null}</td>
                  <td className="amount-cell" data-sign={Math.sign(entry.amountMinor)}>
                    {formatSignedMoney(entry.amountMinor, statement.currency, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The Sheba payouts go to, kept on the shop; the API's objection shows beside the box. */
function PayoutAccount({ payoutSheba }: { payoutSheba: string | null }) {
  const t = useT(dashboardMessages, earningsMessages, ordersMessages);
  const answer = useActionData<typeof action>();
  const sending = useNavigation().state === 'submitting';
  const saved = payoutSheba ? formatSheba(payoutSheba) : '';
  return (
    <section className="order-section panel payout-account" aria-labelledby="payout-title">
      <h2 id="payout-title">{t('earnings.payoutTitle')}</h2>
      <p>{t('earnings.payoutLead')}</p>
      {payoutSheba ? null : <p className="notice">{t('earnings.shebaMissing')}</p>}
      <FormNotice message={answer?.notice} />
      <FormAlert messages={answer?.errors?.form ?? []} />
      <Form method="post" className="stack-form" noValidate preventScrollReset>
        <TextField
          // Remounted when the saved Sheba changes, so the box shows it as the API normalised it.
          key={saved}
          name="payoutSheba"
          label={t('earnings.sheba')}
          hint={t('earnings.shebaHint')}
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          maxLength={60}
          defaultValue={answer?.typed ?? saved}
          error={answer?.errors?.fields.payoutSheba}
        />
        <div className="form-actions">
          <button type="submit" name="intent" value="save-sheba" className="button button-primary" disabled={sending}>
            {t('earnings.shebaSave')}
          </button>
        </div>
      </Form>
    </section>
  );
}
