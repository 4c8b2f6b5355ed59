import { formatNumber } from '@bazaarche/i18n';
import { Form, useNavigation } from '@remix-run/react';
import { networkOrdersMessages } from '../i18n/messages/network-orders.ts';
import { ordersMessages } from '../i18n/messages/orders.ts';
import { sellerOrdersMessages } from '../i18n/messages/seller-orders.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { isolate } from '../lib/bidi.ts';
import { formatDateTime } from '../lib/dates.ts';
import type { SellerFulfilment } from '../lib/order-types.ts';
import { orderNumber } from '../lib/order-view.ts';
import { FormAlert } from './form-alert.tsx';
import { FormNotice } from './form-notice.tsx';
import { SelectField } from './select-field.tsx';
import { ShipmentLines } from './shipment-lines.tsx';
import { FulfilmentStatusBadge } from './status-badge.tsx';

interface ActiveMember {
  producerId: string;
  shopName: string;
  capacityPerWeek: number;
}

/** What the last assignment post came to, for the card it was about. */
export interface AssignAnswer {
  fulfilmentId: string;
  notice: string | null;
  fields: { producerId?: string };
  form: string[];
  values: { producerId: string } | null;
}

interface NetworkOrderQueueProps {
  /** Null when the list could not be had, told apart from an empty one. */
  parts: SellerFulfilment[] | null;
  members: ActiveMember[];
  provinceNames: Record<string, string>;
  answer: AssignAnswer | undefined;
}

/** The leader's queue: the network's parts of buyers' orders, each to be given to a member who makes and sends it. */
export function NetworkOrderQueue({ parts, members, provinceNames, answer }: NetworkOrderQueueProps) {
  const t = useT(networkOrdersMessages, ordersMessages, sellerOrdersMessages);
  return (
    <section aria-labelledby="incoming-title" className="panel network-order-queue">
      <h2 id="incoming-title">{t('networkOrders.title')}</h2>
      <p className="page-lead">{t('networkOrders.lead')}</p>
      {parts === null ? (
        <p className="notice">{t('error.unavailable')}</p>
      ) : parts.length === 0 ? (
        <p className="notice">{t('networkOrders.none')}</p>
      ) : (
        <ul className="review-list">
          {parts.map((part) => (
            <li key={part.id}>
              <NetworkPartCard
                part={part}
                members={members}
                provinceName={provinceNames[part.shippingAddress.provinceCode] ?? part.shippingAddress.provinceCode}
                answer={answer?.fulfilmentId === part.id ? answer : undefined}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NetworkPartCard({ part, members, provinceName, answer }: { part: SellerFulfilment; members: ActiveMember[]; provinceName: string; answer: AssignAnswer | undefined }) {
  const t = useT(networkOrdersMessages, ordersMessages, sellerOrdersMessages);
  const locale = useLocale();
  const number = isolate(orderNumber(part.orderId));
  const titleId = `network-part-${part.id}`;
  return (
    <article className="review-card network-part-card" aria-labelledby={titleId} data-fulfilment={part.id} data-assigned={part.assignee ? true : undefined}>
      <header className="shipment-header">
        <div>
          <h3 id={titleId}>{t('orders.number', { number })}</h3>
          <p className="review-meta">{t('orders.placedOn', { date: formatDateTime(part.placedAt, locale) })}</p>
        </div>
        <FulfilmentStatusBadge status={part.status} />
      </header>
      <dl className="facts">
        <div>
          <dt>{t('networkOrders.assignee')}</dt>
          <dd className="network-part-assignee">
            {part.assignee ? (
              part.assignee.shopName
            ) : (
              <span className="status-badge" data-status="pending">
                {t('networkOrders.unassigned')}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('sellerOrders.shipTo')}</dt>
          <dd>{t('place.cityProvince', { city: isolate(part.shippingAddress.city), province: isolate(provinceName) })}</dd>
        </div>
        <div className="facts-wide">
          <dt>{t('sellerOrders.items')}</dt>
          <dd>
            <ShipmentLines lines={part.lines} currency={null} />
          </dd>
        </div>
      </dl>
      <AssignForm part={part} members={members} answer={answer} />
    </article>
  );
}

/** A member chosen by the leader, or the network's routing rule: two buttons of one form, so it works without scripts. */
function AssignForm({ part, members, answer }: { part: SellerFulfilment; members: ActiveMember[]; answer: AssignAnswer | undefined }) {
  const t = useT(networkOrdersMessages, ordersMessages, sellerOrdersMessages);
  const locale = useLocale();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formData?.get('fulfilmentId') === part.id;
  return (
    <Form method="post" className="review-actions assign-form" noValidate preventScrollReset aria-label={t('networkOrders.formFor', { order: t('orders.number', { number: isolate(orderNumber(part.orderId)) }) })}>
      {answer?.notice ? <FormNotice message={answer.notice} /> : <FormAlert messages={answer?.form ?? []} />}
      <input type="hidden" name="fulfilmentId" value={part.id} />
      <SelectField
        name="producerId"
        idKey={`producerId-${part.id}`}
        label={t('networkOrders.member')}
        defaultValue={answer?.values?.producerId ?? part.assignee?.producerId ?? ''}
        error={answer?.fields.producerId}
      >
        <option value="">{t('networkOrders.memberChoose')}</option>
        {members.map((member) => (
          <option key={member.producerId} value={member.producerId}>
            {t('networkOrders.memberOption', { shop: member.shopName, capacity: formatNumber(member.capacityPerWeek, locale) })}
          </option>
        ))}
      </SelectField>
      <button type="submit" name="intent" value="assign" className="button button-primary" disabled={busy}>
        {t(part.assignee ? 'networkOrders.reassign' : 'networkOrders.assign')}
      </button>
      <button type="submit" name="intent" value="assign-automatic" className="button" disabled={busy}>
        {t('networkOrders.assignAutomatically')}
      </button>
    </Form>
  );
}
