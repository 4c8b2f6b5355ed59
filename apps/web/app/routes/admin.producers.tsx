import { formatDate, formatNumber } from '@bazaarche/i18n';
import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FormAlert } from '../components/form-alert.tsx';
import { FormNotice } from '../components/form-notice.tsx';
import pagerStyles from '../components/pager.css?url';
import { Pager } from '../components/pager.tsx';
import { adminMessages } from '../i18n/messages/admin.ts';
import { shopMessages } from '../i18n/messages/shop.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { approveProducer, listProducersForReview, rejectProducer } from '../lib/api.server.ts';
import type { ProducerForReview } from '../lib/catalogue-types.ts';
import { formText } from '../lib/form-data.ts';
import { problemMessage } from '../lib/form-errors.ts';
import { adminContext, pageParam } from '../lib/request-context.server.ts';
import { isolate } from '../lib/bidi.ts';
import adminStyles from './admin-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: pagerStyles },
  { rel: 'stylesheet', href: adminStyles },
];

const perPage = 20;

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), adminMessages, shopMessages);
  return [{ title: `${t('admin.producersTitle')} | ${t('brand.name')}` }, { name: 'robots', content: 'noindex' }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, headers } = await adminContext(request);
  const result = await listProducersForReview(caller, { status: 'pending', page: pageParam(request), perPage });
  if (!result.ok) throw new Response(null, { status: result.problem.status === 403 ? 404 : 503, headers });
  return data(result.data, { headers });
}

export async function action({ request }: ActionFunctionArgs) {
  const { locale, caller, headers } = await adminContext(request);
  const form = await request.formData();
  const producerId = formText(form, 'producerId');
  const shopName = formText(form, 'shopName');
  const intent = formText(form, 'intent');
  const t = translator(locale, adminMessages, shopMessages);
  if (intent !== 'approve' && intent !== 'reject') throw new Response(null, { status: 400 });
  const result = intent === 'approve' ? await approveProducer(caller, producerId) : await rejectProducer(caller, producerId, formText(form, 'reason').trim());
  if (result.ok) {
    const notice = t(intent === 'approve' ? 'admin.approved' : 'admin.rejected', { name: isolate(shopName) });
    return data({ producerId, notice, error: null }, { headers });
  }
  return data({ producerId, notice: null, error: problemMessage(result.problem, locale) }, { status: result.problem.status || 503, headers });
}

export default function ProducersForReview() {
  const { items, total, page } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT(adminMessages, shopMessages);
  const locale = useLocale();
  return (
    <section className="page-wide">
      <header className="section-header">
        <h1>{t('admin.producersTitle')}</h1>
        {total > 0 ? <p className="section-count">{t('admin.producersCount', { count: formatNumber(total, locale) })}</p> : null}
      </header>
      {/* The decided shop leaves the list as the page reloads, so the outcome is told up here. */}
      <FormNotice message={answer?.notice} />
      {items.length === 0 ? (
        <p className="notice">{t('admin.producersEmpty')}</p>
      ) : (
        <ul className="review-list">
          {items.map((producer) => (
            <li key={producer.id}>
              <ReviewCard producer={producer} />
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} perPage={perPage} total={total} />
    </section>
  );
}

function ReviewCard({ producer }: { producer: ProducerForReview }) {
  const t = useT(adminMessages, shopMessages);
  const locale = useLocale();
  const answer = useActionData<typeof action>();
  const navigation = useNavigation();
  const error = answer?.producerId === producer.id ? answer.error : null;
  const busy = navigation.state !== 'idle' && navigation.formData?.get('producerId') === producer.id;
  const titleId = `producer-${producer.id}`;
  return (
    <article className="review-card" aria-labelledby={titleId}>
      <header>
        <h2 id={titleId}>{producer.shopName}</h2>
        <p className="review-meta">
          {t('admin.submitted')}: {formatDate(producer.createdAt, locale)}
        </p>
      </header>
      <dl className="facts">
        <div>
          <dt>{t('admin.owner')}</dt>
          <dd>
            {producer.owner.name} <span dir="ltr">&lt;{producer.owner.email}&gt;</span>
          </dd>
        </div>
        <div>
          <dt>{t('admin.location')}</dt>
          <dd>{t('place.cityProvince', { city: producer.city, province: producer.province.name })}</dd>
        </div>
        <div>
          <dt>{t('shop.trades')}</dt>
          <dd>{producer.trades.map((trade) => trade.name).join(locale === 'fa' ? '، ' : ', ')}</dd>
        </div>
        <div>
          <dt>{t('admin.licenseNo')}</dt>
          <dd dir={producer.licenseNo ? 'ltr' : undefined}>{producer.licenseNo ?? t('admin.noLicense')}</dd>
        </div>
        {producer.bio ? (
          <div className="facts-wide">
            <dt>{t('admin.bio')}</dt>
            <dd className="prose">{producer.bio}</dd>
          </div>
        ) : null}
      </dl>
      <div className="review-actions">
        <Form method="post" preventScrollReset>
          <input type="hidden" name="producerId" value={producer.id} />
          <input type="hidden" name="shopName" value={producer.shopName} />
          <button type="submit" name="intent" value="approve" className="button button-primary" disabled={busy}>
            {t('admin.approve')}
          </button>
        </Form>
        <Form method="post" className="reject-form" preventScrollReset>
          <input type="hidden" name="producerId" value={producer.id} />
          <input type="hidden" name="shopName" value={producer.shopName} />
          <div className="field">
            <label htmlFor={`reason-${producer.id}`}>{t('admin.rejectReason')}</label>
            <textarea id={`reason-${producer.id}`} name="reason" rows={2} required minLength={3} maxLength={1000} />
          </div>
          <button type="submit" name="intent" value="reject" className="button button-danger" disabled={busy}>
            {t('admin.reject')}
          </button>
        </Form>
        {error ? <FormAlert messages={[error]} /> : null}
      </div>
    </article>
  );
}
