import { formatMoney, formatNumber, type Locale } from '@bazaarche/i18n';
import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FieldNotes, fieldIds } from '../components/field-notes.tsx';
import { FormAlert } from '../components/form-alert.tsx';
import { FormNotice } from '../components/form-notice.tsx';
import { TextField } from '../components/text-field.tsx';
import { bulkMessages } from '../i18n/messages/bulk.ts';
import { networksMessages } from '../i18n/messages/networks.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import {
  actOnAllocation,
  type AllocationAction,
  type AllocationStep,
  type BulkOrder,
  getBulkOrder,
  getNetwork,
  getSuggestedSplit,
  qualityCheck,
  reportProgress,
  type SplitIssue,
  splitBulkOrderManually,
  type SuggestedSplit,
} from '../lib/api.server.ts';
import { isolate } from '../lib/bidi.ts';
import { formatCalendarDay } from '../lib/dates.ts';
import { formText } from '../lib/form-data.ts';
import { formErrorsFromProblem, problemMessage } from '../lib/form-errors.ts';
import { percentOf } from '../lib/network-view.ts';
import { parseWholeNumber } from '../lib/number-input.ts';
import { signedInContext } from '../lib/request-context.server.ts';
import networksStyles from './dashboard-networks-page.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: networksStyles },
];

type Allocation = BulkOrder['allocations'][number];

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = translator(localeOfMatches(matches), bulkMessages, networksMessages);
  return [{ title: `${loaded?.order.title ?? t('networks.bulkOrders')} | ${t('brand.name')}` }, { name: 'robots', content: 'noindex' }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, caller, headers } = await signedInContext(request);
  const found = await getBulkOrder(caller, params.id ?? '');
  if (!found.ok) throw new Response(null, { status: found.problem.status === 404 || found.problem.status === 400 ? 404 : 503, headers });
  const order = found.data;
  const network = await getNetwork(caller, order.networkId);
  if (!network.ok) throw new Response(null, { status: 503, headers });
  // The page is laid out for the network's leader (its allocations, the way back to the network) or for a member.
  const isLeader = network.data.leader.userId === user.id;
  const shopNames = Object.fromEntries(network.data.members.map((m) => [m.producerId, m.shopName]));
  const hasLiveAllocation = order.allocations.some((a) => a.status !== 'declined');
  // While the API offers the split, it also works out what its capacity split would allocate now of the
  // units not yet offered to anyone (the whole order at first; later what no one had room for), counting
  // what members owe elsewhere, and writes nothing: the leader changes the numbers here and sends them as a manual split.
  const suggested = order.actions.includes('split') ? await getSuggestedSplit(caller, order.id) : null;
  const rows = suggested?.ok ? suggestionRows(suggested.data, shopNames) : null;
  // Once split, the form comes back only when someone has room for what is left.
  const suggestion = rows && hasLiveAllocation && rows.rows.length === 0 ? null : rows;
  // Without the suggestion the split form is not shown; the rest of the page still is.
  const suggestionUnavailable = suggested !== null && !suggested.ok;
  const ownProducerId = user.producer?.id ?? null;
  return data(
    {
      order,
      network: { id: network.data.id, name: network.data.name },
      isLeader,
      shopNames,
      suggestion,
      suggestionUnavailable,
      mine: order.allocations.filter((a) => a.producerId === ownProducerId && a.status !== 'declined'),
    },
    { headers },
  );
}

/** The API's suggestion as the form's rows: members with free capacity, each with their share (0 when none). */
function suggestionRows(suggested: SuggestedSplit, shopNames: Record<string, string>) {
  const shareOf = new Map(suggested.allocations.map((a) => [a.producerId, a.quantity]));
  return {
    rows: suggested.members
      .filter((m) => m.freeCapacity > 0)
      .map((m) => ({ producerId: m.producerId, shopName: shopNames[m.producerId] ?? m.producerId, freeCapacity: m.freeCapacity, quantity: shareOf.get(m.producerId) ?? 0 })),
    unplaced: suggested.unplaced,
    /** The units this split places: the whole order, or the remainder no one had room for before. */
    units: suggested.allocations.reduce((sum, a) => sum + a.quantity, 0) + suggested.unplaced,
  };
}

/** One issue of a refused split in the page's language: line issues go beside their member, the total's above the form. */
function issueMessage(issue: SplitIssue, locale: Locale): string {
  const t = translator(locale, bulkMessages, networksMessages);
  const n = (value: number | undefined) => formatNumber(value ?? 0, locale);
  switch (issue.code) {
    case 'duplicate_member':
    case 'unknown_member':
    case 'invalid_quantity':
      return t(`splitIssue.${issue.code}`);
    case 'over_free_capacity':
      return t('splitIssue.over_free_capacity', { count: n(issue.freeCapacity) });
    case 'over_allocated':
    case 'under_allocated':
      return t(`splitIssue.${issue.code}`, { total: n(issue.total), quantity: n(issue.quantity) });
    default:
      return t('error.generic');
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { locale, caller, headers } = await signedInContext(request);
  const t = translator(locale, bulkMessages, networksMessages);
  const bulkOrderId = params.id ?? '';
  const form = await request.formData();
  const intent = formText(form, 'intent');
  const target = formText(form, 'allocationId') || 'split';
  const answer = (notice: string | null, formErrors: string[] = [], fields: Record<string, string> = {}, values: Record<string, string> | null = null, status = 200) =>
    data({ intent, target, notice, form: formErrors, fields, values }, { status, headers });

  switch (intent) {
    case 'split': {
      const producerIds = form.getAll('producerId').map(String);
      const typed = form.getAll('share').map(String);
      const values = Object.fromEntries(producerIds.map((id, i) => [id, typed[i] ?? '']));
      const fields: Record<string, string> = {};
      const allocations: Array<{ producerId: string; quantity: number }> = [];
      producerIds.forEach((producerId, i) => {
        const share = parseWholeNumber(typed[i] ?? '');
        if (share.kind === 'invalid') fields[producerId] = t('bulk.invalidNumber');
        // A member left at 0 (or empty) gets no offer at all.
        else if (share.kind === 'number' && share.value > 0) allocations.push({ producerId, quantity: share.value });
      });
      if (Object.keys(fields).length > 0) return answer(null, [], fields, values, 422);
      const { result, issues } = await splitBulkOrderManually(caller, bulkOrderId, allocations);
      if (result.ok) return answer(t('bulk.sent'));
      if (result.problem.code !== 'invalid_split') return answer(null, [problemMessage(result.problem, locale)], {}, values, result.problem.status || 503);
      const whole: string[] = [];
      for (const issue of issues) {
        if (issue.producerId && !fields[issue.producerId]) fields[issue.producerId] = issueMessage(issue, locale);
        else if (!issue.producerId) whole.push(issueMessage(issue, locale));
      }
      if (whole.length === 0 && Object.keys(fields).length === 0) whole.push(problemMessage(result.problem, locale));
      return answer(null, whole, fields, values, 422);
    }
    case 'quality-check': {
      const accepted = parseWholeNumber(formText(form, 'acceptedQuantity'));
      const rejected = parseWholeNumber(formText(form, 'rejectedQuantity'));
      const values = { acceptedQuantity: formText(form, 'acceptedQuantity'), rejectedQuantity: formText(form, 'rejectedQuantity') };
      const fields: Record<string, string> = {};
      if (accepted.kind === 'invalid') fields.acceptedQuantity = t('bulk.invalidNumber');
      if (rejected.kind === 'invalid') fields.rejectedQuantity = t('bulk.invalidNumber');
      if (Object.keys(fields).length > 0) return answer(null, [], fields, values, 422);
      const result = await qualityCheck(caller, bulkOrderId, {
        allocationId: target,
        acceptedQuantity: accepted.kind === 'number' ? accepted.value : 0,
        rejectedQuantity: rejected.kind === 'number' ? rejected.value : 0,
      });
      if (result.ok) return answer(t('bulk.checked'));
      const errors = formErrorsFromProblem(result.problem, locale, (field) => (field === 'acceptedQuantity' || field === 'rejectedQuantity' ? field : null));
      return answer(null, errors.form, errors.fields, values, result.problem.status || 503);
    }
    case 'progress': {
      const done = parseWholeNumber(formText(form, 'doneQuantity'));
      const values = { doneQuantity: formText(form, 'doneQuantity') };
      if (done.kind !== 'number') return answer(null, [], { doneQuantity: t('bulk.invalidNumber') }, values, 422);
      const result = await reportProgress(caller, target, done.value);
      if (result.ok) return answer(t('bulk.reported'));
      const errors = formErrorsFromProblem(result.problem, locale, (field) => (field === 'doneQuantity' ? field : null));
      return answer(null, errors.form, errors.fields, values, result.problem.status || 503);
    }
    case 'accept':
    case 'decline':
    case 'deliver': {
      const result = await actOnAllocation(caller, target, intent as AllocationStep);
      const notices = { accept: 'bulk.acceptedNotice', decline: 'bulk.declinedNotice', deliver: 'bulk.deliveredNotice' } as const;
      if (result.ok) return answer(t(notices[intent]));
      return answer(null, [problemMessage(result.problem, locale)], {}, null, result.problem.status || 503);
    }
    default:
      throw new Response(null, { status: 400, headers });
  }
}

type ActionAnswer = NonNullable<ReturnType<typeof useActionData<typeof action>>>;

export default function BulkOrderPage() {
  const { order, network, isLeader, shopNames, suggestion, suggestionUnavailable, mine } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT(bulkMessages, networksMessages);
  const locale = useLocale();
  const ownAnswer = (target: string) => (answer?.target === target ? answer : undefined);
  return (
    <section className="page-wide dashboard bulk-order-page">
      <Link to={isLeader ? `/dashboard/networks/${network.id}` : '/dashboard/tasks'} className="back-link">
        {isLeader ? t('networks.back') : t('tasks.back')}
      </Link>
      <header className="section-header">
        <div>
          <p className="eyebrow">{network.name}</p>
          <h1>{order.title}</h1>
        </div>
        <span className="status-badge" data-status={order.status}>
          {t(`bulk.status.${order.status}`)}
        </span>
      </header>
      <p className="page-lead">
        {t('bulk.summary', { quantity: formatNumber(order.quantity, locale), date: formatCalendarDay(order.dueDate, locale) })} ·{' '}
        {t('bulk.unitPriceIs', { price: formatMoney(order.unitPriceMinor, order.currency, locale) })}
        {order.unplaced > 0 && order.allocations.length > 0 ? ` · ${t('bulk.unplaced', { count: formatNumber(order.unplaced, locale) })}` : ''}
      </p>
      {order.spec ? <p className="bulk-spec">{order.spec}</p> : null}

      {mine.length > 0 ? (
        <section className="panel" aria-labelledby="my-task-title">
          <h2 id="my-task-title">{t('bulk.myTasks')}</h2>
          <ul className="review-list">
            {mine.map((allocation) => (
              <li key={allocation.id}>
                <MemberTask allocation={allocation} answer={ownAnswer(allocation.id)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {suggestion ? (
        <SplitForm order={order} suggestion={suggestion} answer={ownAnswer('split')} />
      ) : suggestionUnavailable ? (
        <p className="notice">{t('error.unavailable')}</p>
      ) : (
        <FormNotice message={ownAnswer('split')?.notice} />
      )}

      {isLeader && order.allocations.length > 0 ? (
        <section className="panel" aria-labelledby="allocations-title">
          <h2 id="allocations-title">{t('bulk.allocations')}</h2>
          <ul className="review-list allocation-list">
            {order.allocations.map((allocation) => (
              <li key={allocation.id}>
                <AllocationCard allocation={allocation} shopName={shopNames[allocation.producerId] ?? allocation.producerId} answer={ownAnswer(allocation.id)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

function SplitForm({ order, suggestion, answer }: { order: BulkOrder; suggestion: NonNullable<ReturnType<typeof suggestionRows>>; answer: ActionAnswer | undefined }) {
  const t = useT(bulkMessages, networksMessages);
  const locale = useLocale();
  const navigation = useNavigation();
  const fields: Record<string, string> = answer?.fields ?? {};
  if (suggestion.rows.length === 0) return <p className="notice">{t('bulk.noMembers')}</p>;
  return (
    <section className="panel" aria-labelledby="split-title">
      <h2 id="split-title">{t('bulk.suggested')}</h2>
      <p className="page-lead">{t('bulk.suggestedLead', { quantity: formatNumber(suggestion.units, locale) })}</p>
      <Form method="post" className="split-form" noValidate>
        <FormAlert messages={answer?.form ?? []} />
        <ul className="split-rows">
          {suggestion.rows.map((row) => {
            const key = `share-${row.producerId}`;
            const hint = t('bulk.freeCapacity', { count: formatNumber(row.freeCapacity, locale) });
            const error = fields[row.producerId];
            const { id, describedBy } = fieldIds(key, hint, error);
            return (
              <li key={row.producerId} className="field split-row" data-invalid={error ? true : undefined} data-producer={row.producerId}>
                <input type="hidden" name="producerId" value={row.producerId} />
                <label htmlFor={id}>{t('bulk.unitsFor', { shop: isolate(row.shopName) })}</label>
                <input
                  id={id}
                  name="share"
                  inputMode="numeric"
                  autoComplete="off"
                  defaultValue={answer?.values?.[row.producerId] ?? String(row.quantity)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy}
                />
                <FieldNotes name={key} hint={hint} error={error} />
              </li>
            );
          })}
        </ul>
        <button type="submit" name="intent" value="split" className="button button-primary" disabled={navigation.state !== 'idle'}>
          {t('bulk.send')}
        </button>
      </Form>
    </section>
  );
}

/** How far an allocation has come: made, delivered, accepted and rejected, each out of its quantity. */
function ProgressBars({ allocation }: { allocation: Allocation }) {
  const t = useT(bulkMessages, networksMessages);
  const locale = useLocale();
  const bars = [
    ['done', t('bulk.done'), allocation.doneQuantity],
    ['delivered', t('bulk.delivered'), allocation.deliveredQuantity],
    ['accepted', t('bulk.accepted'), allocation.acceptedQuantity],
    ['rejected', t('bulk.rejected'), allocation.rejectedQuantity],
  ] as const;
  return (
    <dl className="progress-bars">
      {bars.map(([kind, label, count]) => (
        <div key={kind} className="progress-bar" data-kind={kind}>
          <dt>{label}</dt>
          <dd>
            <span className="progress-track" aria-hidden="true">
              <span className="progress-fill" style={{ inlineSize: `${percentOf(count, allocation.quantity)}%` }} />
            </span>
            <span className="progress-count">{t('bulk.ofQuantity', { count: formatNumber(count, locale), total: formatNumber(allocation.quantity, locale) })}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function AllocationHeader({ allocation, title }: { allocation: Allocation; title: string }) {
  const t = useT(bulkMessages, networksMessages);
  const locale = useLocale();
  return (
    <header className="shipment-header">
      <h3 id={`allocation-${allocation.id}`}>{title}</h3>
      <span className="allocation-quantity">{formatNumber(allocation.quantity, locale)}</span>
      <span className="status-badge" data-status={allocation.status}>
        {t(`allocationStatus.${allocation.status}`)}
      </span>
    </header>
  );
}

function AllocationCard({ allocation, shopName, answer }: { allocation: Allocation; shopName: string; answer: ActionAnswer | undefined }) {
  const t = useT(bulkMessages, networksMessages);
  const locale = useLocale();
  const navigation = useNavigation();
  const unchecked = allocation.deliveredQuantity - allocation.acceptedQuantity - allocation.rejectedQuantity;
  const fields: Record<string, string> = answer?.fields ?? {};
  const may = (action: AllocationAction) => allocation.actions.includes(action);
  return (
    <article className="review-card allocation-card" aria-labelledby={`allocation-${allocation.id}`} data-producer={allocation.producerId} data-status={allocation.status}>
      <AllocationHeader allocation={allocation} title={shopName} />
      <ProgressBars allocation={allocation} />
      {answer?.notice ? <FormNotice message={answer.notice} /> : <FormAlert messages={answer?.form ?? []} />}
      {may('quality_check') ? (
        <Form method="post" className="stack-form check-form" noValidate preventScrollReset>
          <p className="review-meta">{t('bulk.unchecked', { count: formatNumber(unchecked, locale) })}</p>
          <input type="hidden" name="allocationId" value={allocation.id} />
          <div className="field-row">
            <TextField
              name="acceptedQuantity"
              idKey={`acceptedQuantity-${allocation.id}`}
              label={t('bulk.checkAccepted')}
              inputMode="numeric"
              autoComplete="off"
              defaultValue={answer?.values?.acceptedQuantity ?? String(unchecked)}
              error={fields.acceptedQuantity}
            />
            <TextField
              name="rejectedQuantity"
              idKey={`rejectedQuantity-${allocation.id}`}
              label={t('bulk.checkRejected')}
              inputMode="numeric"
              autoComplete="off"
              defaultValue={answer?.values?.rejectedQuantity ?? '0'}
              error={fields.rejectedQuantity}
            />
          </div>
          <button type="submit" name="intent" value="quality-check" className="button button-primary" disabled={navigation.state !== 'idle'}>
            {t('bulk.checkSubmit')}
          </button>
        </Form>
      ) : null}
    </article>
  );
}

/** A member's own share: accept or decline the offer, then report what is made and deliver it. */
function MemberTask({ allocation, answer }: { allocation: Allocation; answer: ActionAnswer | undefined }) {
  const t = useT(bulkMessages, networksMessages);
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  const fields: Record<string, string> = answer?.fields ?? {};
  const may = (action: AllocationAction) => allocation.actions.includes(action);
  return (
    <article className="review-card allocation-card task-card" aria-labelledby={`allocation-${allocation.id}`} data-status={allocation.status}>
      <AllocationHeader allocation={allocation} title={t('bulk.myTasks')} />
      <ProgressBars allocation={allocation} />
      {answer?.notice ? <FormNotice message={answer.notice} /> : <FormAlert messages={answer?.form ?? []} />}
      {may('accept') || may('decline') ? (
        <Form method="post" className="card-actions" preventScrollReset>
          <input type="hidden" name="allocationId" value={allocation.id} />
          {may('accept') ? (
            <button type="submit" name="intent" value="accept" className="button button-primary" disabled={busy}>
              {t('bulk.accept')}
            </button>
          ) : null}
          {may('decline') ? (
            <button type="submit" name="intent" value="decline" className="button button-quiet" disabled={busy}>
              {t('bulk.decline')}
            </button>
          ) : null}
        </Form>
      ) : null}
      {may('progress') || may('deliver') ? (
        <div className="card-actions">
          {may('progress') ? (
            <Form method="post" className="progress-form" noValidate preventScrollReset>
              <input type="hidden" name="allocationId" value={allocation.id} />
              <TextField
                name="doneQuantity"
                idKey={`doneQuantity-${allocation.id}`}
                label={t('bulk.doneQuantity')}
                inputMode="numeric"
                autoComplete="off"
                defaultValue={answer?.values?.doneQuantity ?? String(allocation.doneQuantity)}
                error={fields.doneQuantity}
              />
              <button type="submit" name="intent" value="progress" className="button" disabled={busy}>
                {t('bulk.report')}
              </button>
            </Form>
          ) : null}
          {may('deliver') ? (
            <Form method="post" preventScrollReset>
              <input type="hidden" name="allocationId" value={allocation.id} />
              <button type="submit" name="intent" value="deliver" className="button button-primary" disabled={busy}>
                {t('bulk.deliver')}
              </button>
            </Form>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
