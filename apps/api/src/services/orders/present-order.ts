import {
  type Executor,
  type Fulfilment,
  fulfilments,
  networks,
  type Order,
  orderEvents,
  type OrderLine,
  orderLines,
  orders,
  type Payment,
  payments,
  producers,
} from '@bazaarche/db';
import { type CallerRelation, type FulfilmentStatus, fulfilmentActionsFor, orderActionsFor, type OrderStatus, type PaymentStatus } from '@bazaarche/domain';
import type { Locale } from '@bazaarche/i18n';
import type { BankTransfer, PaymentProvider } from '@bazaarche/payments';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import type { OrderResponse } from '../../schemas/orders.ts';
import { localizedTitle } from '../catalogue/present-listing.ts';
import { paymentStartInput } from '../payments/payment-start-input.ts';
import { inScope, type SellerScope, sellerScopeOf } from './order-access.ts';

/** What showing a pending payment needs: the bank-transfer provider, which gives its transfer again. */
export interface PaymentPresentation {
  manual: PaymentProvider;
  publicUrl: string;
}

/**
 * How much of an order a caller sees: all of it (admins and finance, `StaffView`); all of it as its
 * buyer, who deals with a network and never sees which member makes its part; the part a seller
 * sends or routes; or nothing. It also says who the caller is to the order, for its `actions`.
 */
export type OrderView = StaffView | 'buyer' | SellerScope | null;

/** Staff see whole orders; `buyer` when the order is also their own. */
interface StaffView {
  staff: true;
  admin: boolean;
  finance: boolean;
  buyer: boolean;
}

/**
 * Who may see an order and how much of it: the buyer, admins and finance all of it; a seller only their
 * own fulfilments (a leader their network's), the address they ship to, and the timeline of their
 * part. Anyone else gets 404, as for an order that does not exist.
 */
/** The columns that say who sells a fulfilment, joined from its shop and its network (when it has one). */
export const fulfilmentSellerColumns = {
  shop: { id: producers.id, slug: producers.slug, shopName: producers.shopName },
  network: { id: networks.id, slug: networks.slug, name: networks.name },
};

type SellerColumns = { shop: { id: string; slug: string; shopName: string } | null; network: { id: string; slug: string; name: string } | null };

/** Who the buyer buys a fulfilment from: its network when it is a network part, else its shop. */
export function sellerOfFulfilment({ shop, network }: SellerColumns) {
  return network ? { kind: 'network' as const, id: network.id, slug: network.slug, shopName: network.name } : { kind: 'producer' as const, ...shop! };
}

export async function presentOrderFor(db: Executor, orderId: string, actor: Actor, locale: Locale, presentation?: PaymentPresentation): Promise<OrderResponse> {
  // Finance reconciles whole orders against the platform's bank statement.
  const whole = actor.isAdmin || actor.isFinance;
  const scope = whole ? null : await sellerScopeOf(db, actor);
  const [presented] = await presentOrders(
    db,
    [orderId],
    locale,
    (order) => (whole ? { staff: true, admin: actor.isAdmin, finance: actor.isFinance, buyer: order.buyerUserId === actor.userId } : order.buyerUserId === actor.userId ? 'buyer' : scope),
    presentation,
  );
  if (!presented || presented.fulfilments.length === 0) throw new AppError('order_not_found');
  return presented;
}

/** The stored rows an order is presented from; `fulfilments` and `lines` by position, `payments` newest first, `events` oldest first. */
export interface OrderRows {
  orders: Order[];
  fulfilments: Array<{ fulfilment: Fulfilment; shop: { id: string; slug: string; shopName: string } | null; network: { id: string; slug: string; name: string } | null }>;
  lines: OrderLine[];
  payments: Payment[];
  events: Array<typeof orderEvents.$inferSelect>;
}

async function loadOrderRows(db: Executor, ids: string[]): Promise<OrderRows> {
  const [orderRows, fulfilmentRows, lineRows, paymentRows, eventRows] = await Promise.all([
    db.select().from(orders).where(inArray(orders.id, ids)),
    db
      .select({
        fulfilment: fulfilments,
        ...fulfilmentSellerColumns,
      })
      .from(fulfilments)
      .leftJoin(producers, eq(producers.id, fulfilments.producerId))
      .leftJoin(networks, eq(networks.id, fulfilments.networkId))
      .where(inArray(fulfilments.orderId, ids))
      .orderBy(asc(fulfilments.position)),
    db.select().from(orderLines).where(inArray(orderLines.orderId, ids)).orderBy(asc(orderLines.position)),
    db.select().from(payments).where(inArray(payments.orderId, ids)).orderBy(desc(payments.createdAt)),
    db.select().from(orderEvents).where(inArray(orderEvents.orderId, ids)).orderBy(asc(orderEvents.id)),
  ]);
  return { orders: orderRows, fulfilments: fulfilmentRows, lines: lineRows, payments: paymentRows, events: eventRows };
}

/**
 * Orders in the order of `ids`, each as much of it as `viewOf` says; an order seen not at all is
 * left out. With `presentation`, a pending payment says how to pay: the Stripe page to go to, or
 * the bank transfer to make.
 */
export async function presentOrders(
  db: Executor,
  ids: string[],
  locale: Locale,
  viewOf: (order: Order) => OrderView = () => 'buyer',
  presentation?: PaymentPresentation,
): Promise<OrderResponse[]> {
  if (ids.length === 0) return [];
  return presentOrderRows(await loadOrderRows(db, ids), ids, locale, viewOf, presentation);
}

/** As `presentOrders`, from rows already in hand: checkout presents what its transaction wrote, without reading it back. */
export async function presentOrderRows(
  rows: OrderRows,
  ids: string[],
  locale: Locale,
  viewOf: (order: Order) => OrderView = () => 'buyer',
  presentation?: PaymentPresentation,
): Promise<OrderResponse[]> {
  const { orders: orderRows, fulfilments: fulfilmentRows, lines: lineRows, payments: paymentRows, events: eventRows } = rows;
  const transfers = new Map<string, BankTransfer>();
  if (presentation) {
    const pendingManual = orderRows.flatMap((order) => {
      const payment = paymentRows.find((p) => p.orderId === order.id);
      return payment?.provider === 'manual' && payment.status === 'pending' ? [{ order, payment }] : [];
    });
    await Promise.all(
      pendingManual.map(async ({ order, payment }) => {
        const started = await presentation.manual.startPayment(paymentStartInput(payment, order, presentation.publicUrl));
        if (started.transfer) transfers.set(payment.id, started.transfer);
      }),
    );
  }
  return ids.flatMap((id): OrderResponse[] => {
    const order = orderRows.find((o) => o.id === id);
    const view = order ? viewOf(order) : null;
    if (!order || !view) return [];
    const staff = typeof view === 'object' && 'staff' in view ? view : null;
    const scope = typeof view === 'object' && !('staff' in view) ? view : null;
    const asBuyer = view === 'buyer';
    const all = fulfilmentRows.filter((f) => f.fulfilment.orderId === id);
    const mine = all.filter((f) => !scope || inScope(scope, f.fulfilment));
    const visible = new Set(mine.map((f) => f.fulfilment.id));
    const payment = paymentRows.find((p) => p.orderId === id);
    const relations: CallerRelation[] = asBuyer ? ['buyer'] : staff ? relationsOfStaff(staff) : [];
    const paymentState = payment ? { provider: payment.provider, status: payment.status as PaymentStatus } : null;
    const fulfilmentActions = (fulfilment: Fulfilment) =>
      fulfilmentActionsFor(
        { status: fulfilment.status as FulfilmentStatus, networkPart: fulfilment.networkId !== null, assigned: fulfilment.producerId !== null, cashOnDelivery: payment?.provider === 'cod' },
        scope ? relationsInScope(scope, fulfilment) : relations,
      );
    return [
      {
        id: order.id,
        status: order.status as OrderResponse['status'],
        currency: order.currency,
        // A seller sees the sums of their own part, not of the whole order.
        subtotalMinor: scope ? mine.reduce((sum, f) => sum + f.fulfilment.subtotalMinor, 0) : order.subtotalMinor,
        shippingMinor: scope ? mine.reduce((sum, f) => sum + f.fulfilment.shippingMinor, 0) : order.shippingMinor,
        totalMinor: scope ? mine.reduce((sum, f) => sum + f.fulfilment.totalMinor, 0) : order.totalMinor,
        shippingAddress: order.shippingAddress,
        createdAt: order.createdAt.toISOString(),
        expiresAt: order.expiresAt.toISOString(),
        fulfilments: mine.map(({ fulfilment, shop, network }) => ({
          id: fulfilment.id,
          seller: sellerOfFulfilment({ shop, network }),
          assignee: network && shop && !asBuyer ? { producerId: shop.id, shopName: shop.shopName } : null,
          status: fulfilment.status as OrderResponse['fulfilments'][number]['status'],
          subtotalMinor: fulfilment.subtotalMinor,
          shippingMinor: fulfilment.shippingMinor,
          totalMinor: fulfilment.totalMinor,
          carrier: fulfilment.carrier,
          trackingCode: fulfilment.trackingCode,
          lines: lineRows
            .filter((line) => line.fulfilmentId === fulfilment.id)
            .map((line) => ({
              id: line.id,
              listingId: line.listingId,
              variantId: line.variantId,
              title: { fa: line.titleFa, en: line.titleEn },
              name: localizedTitle(line, locale),
              variantAttributes: line.variantAttributes,
              unitPriceMinor: line.unitPriceMinor,
              quantity: line.quantity,
              lineTotalMinor: line.lineTotalMinor,
              shipBy: line.shipBy?.toISOString() ?? null,
            })),
          actions: fulfilmentActions(fulfilment),
        })),
        payment: payment
          ? {
              id: payment.id,
              provider: payment.provider,
              status: payment.status,
              amountMinor: payment.amountMinor,
              currency: payment.currency,
              ...(payment.status === 'pending' && payment.redirectUrl ? { redirectUrl: payment.redirectUrl } : {}),
              ...(transfers.has(payment.id) ? { transfer: transfers.get(payment.id)! } : {}),
            }
          : null,
        timeline: eventRows
          // Which member a network gave its part to is the network's business, not the buyer's.
          .filter((e) => e.orderId === id && (e.fulfilmentId === null || visible.has(e.fulfilmentId)) && !(asBuyer && e.type === 'assigned'))
          .map((e) => ({ type: e.type, at: e.at.toISOString(), fulfilmentId: e.fulfilmentId, data: e.data ?? {} })),
        // Cancelling depends on every parcel, those a seller does not see too.
        actions: orderActionsFor({ status: order.status as OrderStatus, fulfilments: all.map((f) => f.fulfilment.status as FulfilmentStatus), payment: paymentState }, relations),
      },
    ];
  });
}

function relationsOfStaff(view: StaffView): CallerRelation[] {
  return [...(view.buyer ? ['buyer' as const] : []), ...(view.finance ? ['finance' as const] : []), ...(view.admin ? ['admin' as const] : [])];
}

/** A seller is to a fulfilment its sender (their shop's, or given to it) or the leader of its network. */
function relationsInScope(scope: SellerScope, fulfilment: Fulfilment): CallerRelation[] {
  return [
    ...(fulfilment.producerId !== null && fulfilment.producerId === scope.producerId ? ['seller' as const] : []),
    ...(fulfilment.networkId !== null && scope.networkIds.includes(fulfilment.networkId) ? ['leader' as const] : []),
  ];
}
