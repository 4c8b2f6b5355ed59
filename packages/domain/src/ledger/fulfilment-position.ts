import { assertMinorUnits, sumMinorUnits } from '../money/minor-units.ts';
import { PLATFORM_CASH, type SellerKey } from './accounts.ts';
import { assertCommissionBps } from './commission.ts';
import type { LedgerTransaction } from './transaction.ts';

/** A fulfilment as the ledger needs it: the amounts snapshotted on its row at checkout. */
export interface LedgerFulfilment {
  id: string;
  orderId: string;
  seller: SellerKey;
  /**
   * Who earns its money on delivery when that is not the seller: the member producer a network's leader
   * assigned to a network's fulfilment. Fixed once delivered, since a refund takes back from whoever it names.
   */
  payee?: SellerKey;
  subtotalMinor: number;
  shippingMinor: number;
}

/** Where a fulfilment's money stands, as its transactions tell it. */
export interface FulfilmentPosition {
  /** The order's payment was captured, so this fulfilment's whole total was paid. */
  paid: boolean;
  refundedMinor: number;
  delivered: boolean;
  /** The rate its delivery charged; null before delivery, or when the commission came to nothing. */
  commissionBps: number | null;
  /** The network's coordination fee its delivery charged the payee; null before delivery, or when there was none. */
  coordinationFeeBps: number | null;
}

/** The position of one fulfilment, from the transactions that reference it or its order's payment (others are ignored). */
export function fulfilmentPosition(fulfilment: Pick<LedgerFulfilment, 'id' | 'orderId'>, transactions: Iterable<LedgerTransaction>): FulfilmentPosition {
  const position: FulfilmentPosition = { paid: false, refundedMinor: 0, delivered: false, commissionBps: null, coordinationFeeBps: null };
  const refunds: number[] = [];
  for (const tx of transactions) {
    if (tx.kind === 'payment_captured') {
      if (tx.reference.orderId === fulfilment.orderId) position.paid = true;
    } else if ((tx.kind === 'fulfilment_delivered' || tx.kind === 'commission' || tx.kind === 'coordination_fee' || tx.kind === 'refund') && tx.reference.fulfilmentId === fulfilment.id) {
      if (tx.kind === 'fulfilment_delivered') position.delivered = true;
      if (tx.kind === 'commission') position.commissionBps = tx.commissionBps;
      if (tx.kind === 'coordination_fee') position.coordinationFeeBps = tx.coordinationFeeBps;
      if (tx.kind === 'refund') refunds.push(cashRefundedMinor(tx));
    }
  }
  position.refundedMinor = sumMinorUnits(refunds, 'refundedMinor');
  return position;
}

/** Who earns a fulfilment's money on delivery: its payee, or else its seller. */
export function payeeOf(fulfilment: Pick<LedgerFulfilment, 'seller' | 'payee'>): SellerKey {
  return fulfilment.payee ?? fulfilment.seller;
}

/**
 * A refund's amount: the cash it pays back. Not its debits, which exceed it when rounding owes the payee
 * a unit back (see `postRefund`).
 */
function cashRefundedMinor(tx: LedgerTransaction): number {
  return 0 - sumMinorUnits(tx.entries.filter((e) => e.account === PLATFORM_CASH).map((e) => e.amountMinor), 'refund');
}

export function fulfilmentTotalMinor({ subtotalMinor, shippingMinor }: LedgerFulfilment): number {
  assertMinorUnits(subtotalMinor, 'subtotalMinor');
  assertMinorUnits(shippingMinor, 'shippingMinor');
  return sumMinorUnits([subtotalMinor, shippingMinor], 'totalMinor');
}

/** What can still be refunded: the paid total less earlier refunds. Throws on a position that cannot be. */
export function refundableMinor(fulfilment: LedgerFulfilment, position: FulfilmentPosition): number {
  const total = fulfilmentTotalMinor(fulfilment);
  assertMinorUnits(position.refundedMinor, 'refundedMinor');
  if (position.refundedMinor > (position.paid ? total : 0)) throw new RangeError(`Fulfilment ${fulfilment.id} has more refunded than paid`);
  if (position.delivered && !position.paid) throw new RangeError(`Fulfilment ${fulfilment.id} is delivered in the ledger but not paid`);
  if (position.commissionBps !== null) assertCommissionBps(position.commissionBps);
  if (position.coordinationFeeBps !== null) assertCommissionBps(position.coordinationFeeBps, 'coordinationFeeBps');
  return position.paid ? total - position.refundedMinor : 0;
}

/**
 * The goods a fulfilment's buyer still pays for after refunds. A refund is taken from the goods first
 * and only then from shipping: a partial refund is for goods sent back, and it makes a refund's split a
 * function of the running total alone, so no record of earlier splits is needed.
 */
export function goodsKeptMinor(fulfilment: LedgerFulfilment, refundedMinor: number): number {
  return fulfilment.subtotalMinor - Math.min(refundedMinor, fulfilment.subtotalMinor);
}
