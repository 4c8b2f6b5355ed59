import { formatMoney, formatNumber } from '@bazaarche/i18n';
import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FormAlert } from '../components/form-alert.tsx';
import { FormNotice } from '../components/form-notice.tsx';
import networkOrderQueueStyles from '../components/network-order-queue.css?url';
import { type AssignAnswer, NetworkOrderQueue } from '../components/network-order-queue.tsx';
import { NetworkSettingsForm } from '../components/network-settings-form.tsx';
import { SelectField } from '../components/select-field.tsx';
import shipmentLinesStyles from '../components/shipment-lines.css?url';
import { TextAreaField } from '../components/text-area-field.tsx';
import { TextField } from '../components/text-field.tsx';
import { bulkMessages } from '../i18n/messages/bulk.ts';
import { dashboardMessages } from '../i18n/messages/dashboard.ts';
import { networkOrdersMessages } from '../i18n/messages/network-orders.ts';
import { networksMessages } from '../i18n/messages/networks.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import {
  acceptNetworkInvitation,
  type ApiCaller,
  assignFulfilment,
  type BulkOrder,
  createBulkOrder,
  getNetwork,
  getShop,
  inviteMember,
  listCategories,
  listNetworkBulkOrders,
  listProvinces,
  listSellerFulfilments,
  marketplaceCurrency,
  type NetworkAction,
  removeNetworkMember,
  updateNetwork,
} from '../lib/api.server.ts';
import { isolate } from '../lib/bidi.ts';
import { formatCalendarDay } from '../lib/dates.ts';
import { formText } from '../lib/form-data.ts';
import { formErrorsFromProblem, problemMessage } from '../lib/form-errors.ts';
import { networkSettingsFieldOf, networkSettingsValues, readNetworkSettingsForm, type NetworkSettingsValues } from '../lib/network-settings-form.ts';
import { incomingNetworkParts, tradeNames } from '../lib/network-view.ts';
import { parseTomanAsRial, parseWholeNumber } from '../lib/number-input.ts';
import { namesOfProvinces } from '../lib/province-names.ts';
import { signedInContext } from '../lib/request-context.server.ts';
import networksStyles from './dashboard-networks-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: shipmentLinesStyles },
  { rel: 'stylesheet', href: networksStyles },
  { rel: 'stylesheet', href: networkOrderQueueStyles },
];

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = translator(localeOfMatches(matches), bulkMessages, dashboardMessages, networkOrdersMessages, networksMessages);
  return [{ title: `${loaded?.network.name ?? t('networks.title')} | ${t('brand.name')}` }, { name: 'robots', content: 'noindex' }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, caller, headers } = await signedInContext(request);
  const found = await getNetwork(caller, params.id ?? '');
  if (!found.ok) throw new Response(null, { status: found.problem.status === 404 || found.problem.status === 400 ? 404 : 503, headers });
  const network = found.data;
  // What the caller may do here, as the API answers it for them (leader, admin, member or invited).
  const may = (action: NetworkAction) => network.actions.includes(action);
  const [orders, categories, incoming, provinces] = await Promise.all([
    may('list_bulk_orders') ? listNetworkBulkOrders(caller, network.id) : Promise.resolve(null),
    listCategories(caller),
    may('assign_fulfilments') ? incomingParts(caller, network.id) : Promise.resolve(null),
    may('assign_fulfilments') ? listProvinces(caller) : Promise.resolve(null),
  ]);
  // null: the list could not be had, told apart from an empty one.
  const bulkOrders = orders === null ? [] : orders.ok ? orders.data.items : null;
  const names = categories.ok ? tradeNames(categories.data.items) : {};
  const ownProducerId = user.producer?.id ?? null;
  return data({ network, bulkOrders, tradeNames: names, ownProducerId, incoming, provinceNames: namesOfProvinces(provinces) }, { headers });
}

/** The network's parts still to be made and sent, from the leader's unassigned queue and the parts members have in hand. */
async function incomingParts(caller: ApiCaller, networkId: string) {
  const [queue, inHand] = await Promise.all([
    listSellerFulfilments(caller, { networkId, unassigned: true, page: 1, perPage: 100 }),
    listSellerFulfilments(caller, { networkId, status: 'processing', page: 1, perPage: 100 }),
  ]);
  return queue.ok && inHand.ok ? incomingNetworkParts([queue.data.items, inHand.data.items], networkId) : null;
}

type InviteField = 'producer' | 'capacityPerWeek';
type BulkField = 'title' | 'categorySlug' | 'quantity' | 'dueDate' | 'unitPrice' | 'spec';

export async function action({ request, params }: ActionFunctionArgs) {
  const { locale, caller, headers, user } = await signedInContext(request);
  const t = translator(locale, bulkMessages, dashboardMessages, networkOrdersMessages, networksMessages);
  const networkId = params.id ?? '';
  const form = await request.formData();
  const intent = formText(form, 'intent');

  if (intent === 'invite') {
    const who = formText(form, 'producer').trim();
    const capacity = parseWholeNumber(formText(form, 'capacityPerWeek'));
    const values = { producer: who, capacityPerWeek: formText(form, 'capacityPerWeek') };
    const fail = (fields: Partial<Record<InviteField, string>>, formErrors: string[] = [], status = 422) =>
      data({ intent, notice: null, fields, form: formErrors, values }, { status, headers });
    if (capacity.kind !== 'number') return fail({ capacityPerWeek: t('bulk.invalidNumber') });
    let producerId = who;
    if (!uuid.test(who)) {
      const shop = who ? await getShop(caller, who.replace(/^.*\/shops\//, '')) : null;
      if (!shop?.ok) return fail({ producer: t('networks.shopNotFound') });
      producerId = shop.data.id;
    }
    const result = await inviteMember(caller, networkId, { producerId, capacityPerWeek: capacity.value });
    if (result.ok) return data({ intent, notice: t('networks.invited'), fields: {}, form: [], values: null }, { headers });
    const errors = formErrorsFromProblem<InviteField>(result.problem, locale, (field) =>
      field === 'producerId' ? 'producer' : field === 'capacityPerWeek' ? 'capacityPerWeek' : null,
    );
    return fail(errors.fields, errors.form, result.problem.status || 503);
  }

  if (intent === 'accept-invitation') {
    const result = await acceptNetworkInvitation(caller, networkId);
    if (result.ok) return data({ intent, notice: t('networks.joined'), fields: {}, form: [], values: null }, { headers });
    return data({ intent, notice: null, fields: {}, form: [problemMessage(result.problem, locale)], values: null }, { status: result.problem.status || 503, headers });
  }

  if (intent === 'remove-member') {
    const producerId = formText(form, 'producerId');
    const result = await removeNetworkMember(caller, networkId, producerId);
    // Leaving: the page is no longer theirs to work.
    if (result.ok && producerId === user.producer?.id) throw redirect('/dashboard', { headers });
    if (result.ok) return data({ intent, notice: t('networks.memberRemoved'), fields: {}, form: [], values: null }, { headers });
    return data({ intent, notice: null, fields: {}, form: [problemMessage(result.problem, locale)], values: null }, { status: result.problem.status || 503, headers });
  }

  if (intent === 'create-bulk-order') {
    const values: Record<BulkField, string> = {
      title: formText(form, 'title').trim(),
      categorySlug: formText(form, 'categorySlug'),
      quantity: formText(form, 'quantity'),
      dueDate: formText(form, 'dueDate'),
      unitPrice: formText(form, 'unitPrice'),
      spec: formText(form, 'spec').trim(),
    };
    const quantity = parseWholeNumber(values.quantity);
    const price = parseTomanAsRial(values.unitPrice);
    const fields: Partial<Record<BulkField, string>> = {};
    if (quantity.kind !== 'number') fields.quantity = t('bulk.invalidNumber');
    if (price.kind !== 'number') fields.unitPrice = t('bulk.invalidNumber');
    if (quantity.kind !== 'number' || price.kind !== 'number') {
      return data({ intent, notice: null, fields, form: [], values }, { status: 422, headers });
    }
    const currency = await marketplaceCurrency(caller);
    if (!currency) throw new Response(null, { status: 503, headers });
    const result = await createBulkOrder(caller, networkId, {
      title: values.title,
      categorySlug: values.categorySlug,
      quantity: quantity.value,
      // The date box's day (YYYY-MM-DD) is what the API takes; it says when a day is not a real or allowed one.
      dueDate: values.dueDate,
      unitPriceMinor: price.value,
      currency,
      ...(values.spec ? { spec: values.spec } : {}),
    });
    if (result.ok) throw redirect(`/dashboard/bulk-orders/${result.data.id}`, { headers });
    const errors = formErrorsFromProblem<BulkField>(result.problem, locale, (field) =>
      field === 'unitPriceMinor' ? 'unitPrice' : (['title', 'categorySlug', 'quantity', 'dueDate', 'spec'] as const).find((name) => name === field) ?? null,
    );
    return data({ intent, notice: null, fields: errors.fields, form: errors.form, values }, { status: result.problem.status || 503, headers });
  }
  if (intent === 'assign' || intent === 'assign-automatic') {
    const fulfilmentId = formText(form, 'fulfilmentId');
    const producerId = formText(form, 'producerId');
    if (intent === 'assign' && !producerId) {
      return data({ intent, fulfilmentId, notice: null, fields: { producerId: t('networkOrders.memberRequired') }, form: [], values: { producerId } }, { status: 422, headers });
    }
    const result = await assignFulfilment(caller, fulfilmentId, intent === 'assign' ? { producerId } : { automatic: true });
    if (result.ok) {
      const assignee = result.data.fulfilments.find((f) => f.id === fulfilmentId)?.assignee;
      const notice = assignee ? t('networkOrders.assigned', { shop: isolate(assignee.shopName) }) : null;
      return data({ intent, fulfilmentId, notice, fields: {}, form: [], values: null }, { headers });
    }
    // No member with room (409), a part already sent (409) or a producer who is not a member (422): said beside the form.
    const errors = formErrorsFromProblem(result.problem, locale, (field) => (field === 'producerId' ? ('producerId' as const) : null));
    return data({ intent, fulfilmentId, notice: null, fields: errors.fields, form: errors.form, values: { producerId } }, { status: result.problem.status || 503, headers });
  }

  if (intent === 'save-settings') {
    const { values, body, fields } = readNetworkSettingsForm(form, t);
    if (!body) return data({ intent, notice: null, fields, form: [], values }, { status: 422, headers });
    const result = await updateNetwork(caller, networkId, body);
    if (result.ok) return data({ intent, notice: t('networkSettings.saved'), fields: {}, form: [], values: null }, { headers });
    const errors = formErrorsFromProblem(result.problem, locale, networkSettingsFieldOf);
    return data({ intent, notice: null, fields: errors.fields, form: errors.form, values }, { status: result.problem.status || 503, headers });
  }
  throw new Response(null, { status: 400, headers });
}

export default function NetworkPage() {
  const { network, bulkOrders, tradeNames: names, ownProducerId, incoming, provinceNames } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT(bulkMessages, dashboardMessages, networkOrdersMessages, networksMessages);
  const locale = useLocale();
  const own = (intent: string) => (answer?.intent === intent ? answer : undefined);
  const assignAnswer: AssignAnswer | undefined = answer && 'fulfilmentId' in answer ? answer : undefined;
  const settingsAnswer = own('save-settings');
  const may = (action: NetworkAction) => network.actions.includes(action);
  return (
    <section className="page-wide dashboard network-page">
      <Link to="/dashboard" className="back-link">
        {t('dashboard.back')}
      </Link>
      <header className="section-header">
        <div>
          <p className="eyebrow">{t('networks.title')}</p>
          <h1>{network.name}</h1>
        </div>
        <p className="section-count">{network.trades.map((slug) => names[slug] ?? slug).join(locale === 'fa' ? '، ' : ', ')}</p>
      </header>
      <p>
        <Link to={`/networks/${network.id}`}>{t('networks.publicPage')}</Link>
      </p>

      {may('accept_invitation') ? (
        <Form method="post" className="status-card" data-status="pending">
          <FormAlert messages={own('accept-invitation')?.form ?? []} />
          <button type="submit" name="intent" value="accept-invitation" className="button button-primary">
            {t('networks.acceptInvitation')}
          </button>
        </Form>
      ) : (
        <FormNotice message={own('accept-invitation')?.notice} />
      )}

      {may('assign_fulfilments') ? (
        <NetworkOrderQueue
          parts={incoming}
          members={network.members.filter((member) => member.status === 'active')}
          provinceNames={provinceNames}
          answer={assignAnswer}
        />
      ) : null}

      <section aria-labelledby="members-title" className="panel">
        <h2 id="members-title">{t('networks.members')}</h2>
        <table className="data-table members-table">
          <thead>
            <tr>
              <th scope="col">{t('networks.shop')}</th>
              <th scope="col">{t('networks.capacity')}</th>
              <th scope="col">{t('networks.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('networks.memberActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {network.members.map((member) => (
              <tr key={member.producerId} data-status={member.status}>
                <td>{member.shopName}</td>
                <td>{formatNumber(member.capacityPerWeek, locale)}</td>
                <td>{t(`networks.status.${member.status}`)}</td>
                <td>
                  {member.actions.includes('remove') ? (
                    <Form method="post" preventScrollReset>
                      <input type="hidden" name="producerId" value={member.producerId} />
                      <button type="submit" name="intent" value="remove-member" className="button button-quiet">
                        {t(member.producerId === ownProducerId ? 'networks.leave' : member.status === 'invited' ? 'networks.withdraw' : 'networks.remove')}
                      </button>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {own('remove-member')?.notice ? <FormNotice message={own('remove-member')!.notice!} /> : <FormAlert messages={own('remove-member')?.form ?? []} />}
        {may('invite_member') ? <InviteForm answer={own('invite')} /> : null}
      </section>

      {may('list_bulk_orders') ? (
        <section aria-labelledby="bulk-title" className="panel">
          <h2 id="bulk-title">{t('networks.bulkOrders')}</h2>
          {bulkOrders === null ? (
            <p className="notice">{t('error.unavailable')}</p>
          ) : bulkOrders.length === 0 ? (
            <p className="notice">{t('networks.bulkOrdersNone')}</p>
          ) : (
            <ul className="bulk-order-list">
              {bulkOrders.map((order) => (
                <li key={order.id}>
                  <BulkOrderLine order={order} />
                </li>
              ))}
            </ul>
          )}
          {may('create_bulk_order') ? (
            <details className="bulk-order-new" open={own('create-bulk-order') ? true : undefined}>
              <summary>{t('networks.newBulkOrder')}</summary>
              <BulkOrderForm trades={network.trades.map((slug) => ({ slug, name: names[slug] ?? slug }))} answer={own('create-bulk-order')} />
            </details>
          ) : null}
        </section>
      ) : null}

      {may('update') ? (
        <section aria-labelledby="settings-title" className="panel">
          <h2 id="settings-title">{t('networkSettings.title')}</h2>
          <NetworkSettingsForm
            values={(settingsAnswer?.values as NetworkSettingsValues | null | undefined) ?? networkSettingsValues(network)}
            fields={settingsAnswer?.fields ?? {}}
            form={settingsAnswer?.form ?? []}
            notice={settingsAnswer?.notice ?? null}
          />
        </section>
      ) : null}
    </section>
  );
}

function BulkOrderLine({ order }: { order: BulkOrder }) {
  const t = useT(bulkMessages, dashboardMessages, networkOrdersMessages, networksMessages);
  const locale = useLocale();
  return (
    <Link to={`/dashboard/bulk-orders/${order.id}`} className="bulk-order-link">
      <span className="bulk-order-title">{order.title}</span>
      <span className="review-meta">
        {t('bulk.summary', { quantity: formatNumber(order.quantity, locale), date: formatCalendarDay(order.dueDate, locale) })} ·{' '}
        {t('bulk.unitPriceIs', { price: formatMoney(order.unitPriceMinor, order.currency, locale) })}
      </span>
      <span className="status-badge" data-status={order.status}>
        {t(`bulk.status.${order.status}`)}
      </span>
    </Link>
  );
}

type ActionAnswer = NonNullable<ReturnType<typeof useActionData<typeof action>>>;

function InviteForm({ answer }: { answer: ActionAnswer | undefined }) {
  const t = useT(bulkMessages, dashboardMessages, networkOrdersMessages, networksMessages);
  const navigation = useNavigation();
  const fields: Partial<Record<InviteField, string>> = answer?.fields ?? {};
  const values = (answer?.values ?? null) as Partial<Record<InviteField, string>> | null;
  return (
    <Form method="post" className="stack-form invite-form" noValidate>
      <h3>{t('networks.invite')}</h3>
      {answer?.notice ? <FormNotice message={answer.notice} /> : <FormAlert messages={answer?.form ?? []} />}
      <div className="field-row">
        <TextField
          name="producer"
          label={t('networks.inviteWho')}
          hint={t('networks.inviteWhoHint')}
          required
          dir="ltr"
          autoComplete="off"
          defaultValue={values?.producer ?? ''}
          error={fields.producer}
        />
        <TextField
          name="capacityPerWeek"
          label={t('networks.capacity')}
          hint={t('networks.capacityHint')}
          required
          inputMode="numeric"
          defaultValue={values?.capacityPerWeek ?? ''}
          error={fields.capacityPerWeek}
        />
      </div>
      <button type="submit" name="intent" value="invite" className="button button-primary" disabled={navigation.state !== 'idle'}>
        {t('networks.inviteSubmit')}
      </button>
    </Form>
  );
}

function BulkOrderForm({ trades, answer }: { trades: Array<{ slug: string; name: string }>; answer: ActionAnswer | undefined }) {
  const t = useT(bulkMessages, dashboardMessages, networkOrdersMessages, networksMessages);
  const navigation = useNavigation();
  const fields: Partial<Record<BulkField, string>> = answer?.fields ?? {};
  const values = (answer?.values ?? null) as Partial<Record<BulkField, string>> | null;
  return (
    <Form method="post" className="stack-form" noValidate>
      <FormAlert messages={answer?.form ?? []} />
      <TextField name="title" label={t('bulk.title')} required maxLength={200} defaultValue={values?.title ?? ''} error={fields.title} />
      <div className="field-row">
        <SelectField name="categorySlug" label={t('bulk.category')} required defaultValue={values?.categorySlug ?? trades[0]?.slug ?? ''} error={fields.categorySlug}>
          {trades.map((trade) => (
            <option key={trade.slug} value={trade.slug}>
              {trade.name}
            </option>
          ))}
        </SelectField>
        <TextField name="quantity" label={t('bulk.quantity')} required inputMode="numeric" defaultValue={values?.quantity ?? ''} error={fields.quantity} />
      </div>
      <div className="field-row">
        <TextField name="dueDate" type="date" label={t('bulk.dueDate')} required defaultValue={values?.dueDate ?? ''} error={fields.dueDate} />
        <TextField name="unitPrice" label={t('bulk.unitPrice')} required inputMode="decimal" defaultValue={values?.unitPrice ?? ''} error={fields.unitPrice} />
      </div>
      <TextAreaField name="spec" label={t('bulk.spec')} maxLength={5000} defaultValue={values?.spec ?? ''} error={fields.spec} />
      <button type="submit" name="intent" value="create-bulk-order" className="button button-primary" disabled={navigation.state !== 'idle'}>
        {t('bulk.create')}
      </button>
    </Form>
  );
}
