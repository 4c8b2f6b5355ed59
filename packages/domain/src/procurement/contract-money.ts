import { addCalendarDays, calendarDateAt } from '../calendar/calendar-date.ts';
import { LIMITS } from '../money/limits.ts';
import { assertMinorUnits, multiplyMinorUnits } from '../money/minor-units.ts';

/** 10,000 basis points are the whole: an advance of 3,000 bps is 30 % of the contract. */
export const MAX_ADVANCE_BPS = 10_000;
/** What an acceptance that names no terms gets: the design's example, 30 % in advance and 30 days to pay. */
export const DEFAULT_ADVANCE_BPS = 3_000;
export const DEFAULT_PAYMENT_TERMS_DAYS = 30;

export interface ContractTermsIssue {
  field: 'advanceBps' | 'paymentTermsDays';
  code: 'not_whole_number' | 'above_limit';
}

/** What is wrong with the terms an organisation sets when it accepts an offer (0 is allowed for both: no advance, payment on receipt). */
export function contractTermsIssues(terms: { advanceBps: number; paymentTermsDays: number }): ContractTermsIssue[] {
  const issues: ContractTermsIssue[] = [];
  const bounds = { advanceBps: MAX_ADVANCE_BPS, paymentTermsDays: LIMITS.paymentTermsDays };
  for (const field of ['advanceBps', 'paymentTermsDays'] as const) {
    const value = terms[field];
    if (!Number.isSafeInteger(value) || value < 0) issues.push({ field, code: 'not_whole_number' });
    else if (value > bounds[field]) issues.push({ field, code: 'above_limit' });
  }
  return issues;
}

/** What a contract commits the organisation to: quantity × unit price, exact or a MinorUnitsOverflowError. */
export function committedMinor(contract: { quantity: number; unitPriceMinor: number }): number {
  assertMinorUnits(contract.quantity, 'quantity');
  assertMinorUnits(contract.unitPriceMinor, 'unitPriceMinor');
  return multiplyMinorUnits(contract.quantity, contract.unitPriceMinor, 'committed');
}

/**
 * The advance: committed × advanceBps / 10,000, rounded down, so the organisation is never asked
 * ahead of delivery for more than the share it agreed; the part of a rial rounded off is invoiced
 * with the deliveries like the rest.
 */
export function advanceMinor(committed: number, advanceBps: number): number {
  assertMinorUnits(committed, 'committed');
  if (!Number.isSafeInteger(advanceBps) || advanceBps < 0 || advanceBps > MAX_ADVANCE_BPS) throw new RangeError(`advanceBps must be a whole number from 0 to ${MAX_ADVANCE_BPS}, got ${advanceBps}`);
  // committed × bps passes 2^53 for large contracts before the division brings it back.
  return Number((BigInt(committed) * BigInt(advanceBps)) / BigInt(MAX_ADVANCE_BPS));
}

export interface DeliveryInvoiceInput {
  unitPriceMinor: number;
  /** Units the contract buys, and its advance (advanceMinor). */
  contractQuantity: number;
  advanceMinor: number;
  /** Units accepted on the contract's earlier receipts, and the escrow applied to them. */
  acceptedBefore: number;
  escrowAppliedBefore: number;
  /** What the contract's escrow holds now: nothing until finance confirms the advance arrived. */
  escrowMinor: number;
  /** Units accepted on this receipt. */
  acceptedQuantity: number;
}

export interface DeliveryInvoice {
  /** accepted × unit price: what the accepted units are worth. */
  valueMinor: number;
  /** The part of it the escrow pays now. */
  escrowAppliedMinor: number;
  /** The rest: the invoice the organisation pays within its terms (0 when the escrow covers it all). */
  invoicedMinor: number;
}

/**
 * What a receipt of accepted units costs and who pays it. The advance is spent pro rata to accepted
 * units: after this receipt the escrow should have paid advance × (units accepted so far) / quantity,
 * rounded down, so the last unit brings it to the whole advance. It pays that less what it has
 * already paid, but never more than it holds (an advance not yet arrived pays nothing, and catches up
 * on the next receipt once it has) nor more than this receipt is worth.
 */
export function deliveryInvoice(input: DeliveryInvoiceInput): DeliveryInvoice {
  for (const [name, value] of Object.entries(input)) assertMinorUnits(value, name);
  const { unitPriceMinor, contractQuantity, advanceMinor: advance, acceptedBefore, escrowAppliedBefore, escrowMinor, acceptedQuantity } = input;
  if (contractQuantity < 1) throw new RangeError('a contract buys at least one unit');
  const acceptedAfter = acceptedBefore + acceptedQuantity;
  if (acceptedAfter > contractQuantity) throw new RangeError(`${acceptedAfter} units accepted on a contract for ${contractQuantity}`);
  // The escrow can only have paid up to its share of the units accepted before: more means the stored figures disagree.
  if (escrowAppliedBefore > escrowShare(advance, acceptedBefore, contractQuantity)) throw new RangeError('escrow applied exceeds its share of the units accepted');
  const valueMinor = multiplyMinorUnits(acceptedQuantity, unitPriceMinor, 'invoice value');
  const escrowAppliedMinor = Math.min(escrowShare(advance, acceptedAfter, contractQuantity) - escrowAppliedBefore, escrowMinor, valueMinor);
  return { valueMinor, escrowAppliedMinor, invoicedMinor: valueMinor - escrowAppliedMinor };
}

/** The advance × accepted / quantity, rounded down; in bigint, since the product can pass 2^53. */
function escrowShare(advance: number, accepted: number, quantity: number): number {
  return Number((BigInt(advance) * BigInt(accepted)) / BigInt(quantity));
}

/** An invoice's due date: the receipt's calendar day in Tehran plus the contract's payment terms. */
export function invoiceDueDate(receivedAt: Date, paymentTermsDays: number): string {
  if (!Number.isSafeInteger(paymentTermsDays) || paymentTermsDays < 0) throw new RangeError(`paymentTermsDays must be a whole number, got ${paymentTermsDays}`);
  return addCalendarDays(calendarDateAt(receivedAt), paymentTermsDays);
}
