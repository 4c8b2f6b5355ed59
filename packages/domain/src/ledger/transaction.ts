import { assertMinorUnits, sumMinorUnits } from '../money/minor-units.ts';
import type { AccountKey, SellerKey } from './accounts.ts';

/**
 * One line of a transaction. Signed: a debit is positive, a credit negative, so a balanced
 * transaction sums to zero and an account's balance is the plain sum of its entries. Cash (an asset)
 * therefore has a positive balance; held, payable and commission (owed or earned) negative ones.
 */
export interface LedgerEntry {
  account: AccountKey;
  amountMinor: number;
}

/** Each money event is one transaction; its reference ties it to the row that caused it. */
export type LedgerTransaction =
  | { kind: 'payment_captured'; reference: { orderId: string; paymentId: string }; entries: LedgerEntry[] }
  | { kind: 'fulfilment_delivered'; reference: { orderId: string; fulfilmentId: string }; entries: LedgerEntry[] }
  /** Kept with its rate, because a later refund reverses commission at the rate that was charged. */
  | { kind: 'commission'; reference: { orderId: string; fulfilmentId: string }; commissionBps: number; entries: LedgerEntry[] }
  /** A network's fee from the member who did the work; kept with its rate for the same reason. */
  | { kind: 'coordination_fee'; reference: { orderId: string; fulfilmentId: string }; coordinationFeeBps: number; entries: LedgerEntry[] }
  | { kind: 'refund'; reference: { orderId: string; fulfilmentId: string; refundId: string }; entries: LedgerEntry[] }
  | { kind: 'payout'; reference: { payoutId: string; seller: SellerKey }; entries: LedgerEntry[] }
  /** Units of a bulk order accepted at a quality check; `checkNumber` counts the allocation's paid checks from 1. */
  | { kind: 'bulk_acceptance'; reference: { bulkOrderId: string; allocationId: string; checkNumber: number }; entries: LedgerEntry[] }
  /** The bulk order's buyer paid the platform: cash in, and as much of the members' unfunded earnings made payable. */
  | { kind: 'bulk_payment'; reference: { bulkOrderId: string; paymentId: string }; entries: LedgerEntry[] }
  /** Cash the seller collected on delivery: the platform's commission on it, at this rate, becomes the seller's debt. */
  | { kind: 'cod_commission'; reference: { orderId: string; fulfilmentId: string }; commissionBps: number; entries: LedgerEntry[] };

export type LedgerTransactionKind = LedgerTransaction['kind'];

/** Every kind, for whatever must list them (a column's check, a response's enum); transaction.test.ts checks it is whole. */
export const ledgerTransactionKinds = [
  'payment_captured',
  'fulfilment_delivered',
  'commission',
  'refund',
  'payout',
  'bulk_acceptance',
  'coordination_fee',
  'bulk_payment',
  'cod_commission',
] as const satisfies readonly LedgerTransactionKind[];

/** Why an event cannot be posted; the API answers each with 409 under the same code. */
export type LedgerRefusal =
  | { code: 'not_paid' }
  | { code: 'already_delivered' }
  | { code: 'refund_exceeds_paid'; refundableMinor: number }
  /** The payee's share of a refund after delivery (the seller's, unless a member earned it) must come out of money still owed to them. */
  | { code: 'refund_exceeds_payable'; sellerShareMinor: number; payableMinor: number }
  /** Likewise the coordination fee a refund takes back must come out of money still owed to the network. */
  | { code: 'refund_exceeds_network_payable'; feeShareMinor: number; payableMinor: number }
  /** `payableMinor` is what may be paid out: the funded payable less what the seller owes. */
  | { code: 'payout_exceeds_payable'; payableMinor: number }
  /** The platform holds less cash than that: paying it would spend money that never arrived. */
  | { code: 'payout_exceeds_cash'; cashMinor: number }
  | { code: 'bulk_payment_exceeds_receivable'; receivableMinor: number };

export type LedgerPosting = { ok: true; transactions: LedgerTransaction[] } | { ok: false; refusal: LedgerRefusal };

/** True when every amount is a safe integer and they sum to exactly zero. */
export function isBalanced(tx: LedgerTransaction): boolean {
  try {
    return sumMinorUnits(tx.entries.map((e) => e.amountMinor), tx.kind) === 0;
  } catch {
    return false;
  }
}

/** A debit of a non-negative amount as entries: none for zero, since a zero line records nothing. */
export function debit(account: AccountKey, amountMinor: number): LedgerEntry[] {
  assertMinorUnits(amountMinor, account);
  return amountMinor === 0 ? [] : [{ account, amountMinor }];
}

export function credit(account: AccountKey, amountMinor: number): LedgerEntry[] {
  assertMinorUnits(amountMinor, account);
  return amountMinor === 0 ? [] : [{ account, amountMinor: -amountMinor }];
}
