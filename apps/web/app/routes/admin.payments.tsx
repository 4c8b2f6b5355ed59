import { formatMoney, formatNumber } from '@bazaarche/i18n';
import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FormAlert } from '../components/form-alert.tsx';
import { FormNotice } from '../components/form-notice.tsx';
import pagerStyles from '../components/pager.css?url';
import { Pager } from '../components/pager.tsx';
import { TextField } from '../components/text-field.tsx';
import { adminPaymentsMessages } from '../i18n/messages/admin-payments.ts';
import { bankTransferMessages } from '../i18n/messages/bank-transfer.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { confirmPayment, listBankTransfers } from '../lib/api.server.ts';
import { type BankTransferForFinance, type ConfirmField, confirmFormFieldOf, paymentStatusKey, readConfirmForm, rialFigure } from '../lib/bank-transfers-view.ts';
import { isolate } from '../lib/bidi.ts';
import { formatDateTime } from '../lib/dates.ts';
import { formText } from '../lib/form-data.ts';
import { formErrorsFromProblem } from '../lib/form-errors.ts';
import { financeContext, pageParam } from '../lib/request-context.server.ts';
import styles from '../styles/admin-payments.css?url';

const perPage = 20;

type ShownTransfer = BankTransferForFinance & { overdue: boolean };

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: pagerStyles },
  { rel: 'stylesheet', href: styles },
];

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), adminPaymentsMessages, bankTransferMessages);
  return [{ title: `${t('adminPayments.title')} | ${t('brand.name')}` }, { name: 'robots', content: 'noindex' }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, headers } = await financeContext(request);
  const reference = new URL(request.url).searchParams.get('reference')?.trim() ?? '';
  // A reference from a statement is looked up whatever became of its payment; without one, what is still to arrive.
  const result = await listBankTransfers(caller, { page: pageParam(request), perPage, ...(reference ? { reference } : { status: 'pending' }) });
  if (!result.ok) {
    // A reference too long for the API finds nothing, rather than breaking the page.
    if (result.problem.status === 422 && reference) return data({ items: [] as ShownTransfer[], total: 0, page: 1, perPage, reference }, { headers });
    throw new Response(null, { status: result.problem.status === 403 ? 404 : 503, headers });
  }
  // Judged here, once, so that the server's page and the browser's agree on it.
  const now = Date.now();
  const items = result.data.items.map((transfer) => ({ ...transfer, overdue: transfer.status === 'pending' && Date.parse(transfer.expiresAt) < now }));
  return data({ ...result.data, items, reference }, { headers });
}

export async function action({ request }: ActionFunctionArgs) {
  const { locale, caller, headers } = await financeContext(request);
  const form = await request.formData();
  if (formText(form, 'intent') !== 'confirm') throw new Response(null, { status: 400, headers });
  const paymentId = formText(form, 'paymentId');
  const { values, body } = readConfirmForm(form);
  const result = await confirmPayment(caller, paymentId, body);
  if (result.ok) {
    const order = result.data;
    const t = translator(locale, adminPaymentsMessages, bankTransferMessages);
    const notice = t('adminPayments.confirmed', { amount: formatMoney(order.totalMinor, order.currency, locale), buyer: isolate(formText(form, 'buyerName')) });
    return data({ paymentId, notice, errors: null, values: null }, { headers });
  }
  // A mismatched reference is the API's to decide: its 422 names the field, in the page's language.
  const errors = formErrorsFromProblem(result.problem, locale, confirmFormFieldOf);
  return data({ paymentId, notice: null, errors, values }, { status: result.problem.status || 503, headers });
}

export default function AdminPayments() {
  const { items, total, page, reference } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT(adminPaymentsMessages, bankTransferMessages);
  const locale = useLocale();
  return (
    <section className="page-wide">
      <header className="section-header">
        <h1>{t('adminPayments.title')}</h1>
        {total > 0 ? <p className="section-count">{t('adminPayments.count', { count: formatNumber(total, locale) })}</p> : null}
      </header>
      <p className="page-lead">{t('adminPayments.lead')}</p>
      {/* A confirmed transfer leaves the list of those waiting as the page reloads, so the outcome is told up here. */}
      <FormNotice message={answer?.notice} />

      <Form method="get" className="reference-search" role="search" aria-label={t('adminPayments.search')}>
        <TextField name="reference" label={t('adminPayments.search')} hint={t('adminPayments.searchHint')} defaultValue={reference} autoComplete="off" dir="ltr" inputMode="numeric" maxLength={60} />
        <button type="submit" className="button">
          {t('adminPayments.searchSubmit')}
        </button>
        {reference ? <Link to="/admin/payments">{t('adminPayments.searchClear')}</Link> : null}
      </Form>

      <section aria-labelledby="transfers-title">
        <h2 id="transfers-title" className={reference ? undefined : 'visually-hidden'}>
          {reference ? t('adminPayments.resultsFor', { reference: isolate(reference) }) : t('adminPayments.title')}
        </h2>
        {items.length === 0 ? (
          <p className="notice">{t(reference ? 'adminPayments.notFound' : 'adminPayments.empty')}</p>
        ) : (
          <ul className="review-list">
            {items.map((transfer) => (
              <li key={transfer.id}>
                <TransferCard transfer={transfer} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <Pager page={page} perPage={perPage} total={total} />
    </section>
  );
}

function TransferCard({ transfer }: { transfer: ShownTransfer }) {
  const t = useT(adminPaymentsMessages, bankTransferMessages);
  const locale = useLocale();
  const answer = useActionData<typeof action>();
  const navigation = useNavigation();
  const own = answer?.paymentId === transfer.id ? answer : undefined;
  const busy = navigation.state !== 'idle' && navigation.formData?.get('paymentId') === transfer.id;
  const fields: Partial<Record<ConfirmField, string>> = own?.errors?.fields ?? {};
  const titleId = `transfer-${transfer.id}`;
  const amount = formatMoney(transfer.amountMinor, transfer.currency, locale);
  const rials = rialFigure(transfer.amountMinor, transfer.currency, locale);
  return (
    <article className="review-card" aria-labelledby={titleId}>
      <header>
        <h2 id={titleId}>{t('adminPayments.heading', { amount, buyer: isolate(transfer.buyer.name) })}</h2>
        <p className="review-meta">
          <Link to={`/orders/${transfer.orderId}`}>{t('adminPayments.order')}</Link>
        </p>
      </header>
      <dl className="facts">
        <div>
          <dt>{t('adminPayments.amount')}</dt>
          <dd>
            {amount}
            {rials ? <span className="review-meta"> ({t('transfer.rials', { amount: rials })})</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('adminPayments.reference')}</dt>
          <dd>
            <code dir="ltr" className="payment-reference">
              {transfer.reference}
            </code>
          </dd>
        </div>
        <div>
          <dt>{t('adminPayments.buyer')}</dt>
          <dd>
            {transfer.buyer.name} <span dir="ltr">&lt;{transfer.buyer.email}&gt;</span>
          </dd>
        </div>
        <div>
          <dt>{t('adminPayments.sellers')}</dt>
          <dd>{transfer.sellers.map((seller) => seller.shopName).join(locale === 'fa' ? '، ' : ', ')}</dd>
        </div>
        <div>
          <dt>{t('adminPayments.placedAt')}</dt>
          <dd>
            <time dateTime={transfer.createdAt}>{formatDateTime(transfer.createdAt, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('adminPayments.expiresAt')}</dt>
          <dd>
            <time dateTime={transfer.expiresAt}>{formatDateTime(transfer.expiresAt, locale)}</time>
            {transfer.overdue ? <span className="review-meta"> ({t('adminPayments.expired')})</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('adminPayments.status')}</dt>
          <dd>{t(paymentStatusKey(transfer.status))}</dd>
        </div>
        {transfer.confirmedAt ? (
          <div>
            <dt>{t('adminPayments.confirmedAt')}</dt>
            <dd>
              <time dateTime={transfer.confirmedAt}>{formatDateTime(transfer.confirmedAt, locale)}</time>
            </dd>
          </div>
        ) : null}
        {transfer.bankReference ? (
          <div>
            <dt>{t('adminPayments.bankReference')}</dt>
            <dd dir="ltr">{transfer.bankReference}</dd>
          </div>
        ) : null}
      </dl>
      {transfer.status === 'pending' ? (
        <div className="review-actions">
          {own?.errors?.form.length ? <FormAlert messages={own.errors.form} /> : null}
          <Form method="post" className="ship-form" noValidate preventScrollReset aria-label={t('adminPayments.formFor', { reference: transfer.reference })}>
            <input type="hidden" name="paymentId" value={transfer.id} />
            <input type="hidden" name="buyerName" value={transfer.buyer.name} />
            <TextField
              name="paymentReference"
              idKey={`paymentReference-${transfer.id}`}
              label={t('adminPayments.quotedReference')}
              hint={t('adminPayments.quotedReferenceHint')}
              required
              maxLength={40}
              autoComplete="off"
              dir="ltr"
              inputMode="numeric"
              defaultValue={own?.values?.paymentReference ?? ''}
              error={fields.paymentReference}
            />
            <TextField
              name="bankReference"
              idKey={`bankReference-${transfer.id}`}
              label={t('adminPayments.bankReference')}
              hint={t('adminPayments.bankReferenceHint')}
              required
              maxLength={100}
              autoComplete="off"
              dir="ltr"
              defaultValue={own?.values?.bankReference ?? ''}
              error={fields.bankReference}
            />
            <button type="submit" name="intent" value="confirm" className="button button-primary" disabled={busy}>
              {t('adminPayments.submit')}
            </button>
          </Form>
        </div>
      ) : null}
    </article>
  );
}
