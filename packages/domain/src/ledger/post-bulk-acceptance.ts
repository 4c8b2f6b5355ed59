import { assertMinorUnits, multiplyMinorUnits } from '../money/minor-units.ts';
import { bulkOrderReceivableAccount, sellerKey, unfundedAccount } from './accounts.ts';
import { commissionMinor } from './commission.ts';
import { credit, debit, type LedgerTransaction } from './transaction.ts';

export interface BulkAcceptanceInput {
  bulkOrderId: string;
  allocationId: string;
  /** This check's number among the allocation's paid checks, from 1: with the allocation, it names the event. */
  checkNumber: number;
  networkId: string;
  /** The member who made the units. */
  producerId: string;
  acceptedQuantity: number;
  unitPriceMinor: number;
  /** The network's coordination fee, taken from the value of the accepted units. */
  coordinationFeeBps: number;
}

/**
 * Units accepted at a bulk order's quality check, as one balanced transaction: their value
 * (units × unit price) is debited to the bulk order's receivable (the buyer owes it) and credited to
 * the member's unfunded account, less the network's coordination fee, credited to the network's: earned,
 * but payable only once the buyer's money for it is in (`postBulkPayment`). The fee is
 * value × bps / 10,000 rounded half up, as the platform's commission is, so the two credits add up to
 * the value exactly. Null when no unit was accepted: there is nothing to post.
 */
export function postBulkAcceptance(input: BulkAcceptanceInput): LedgerTransaction | null {
  assertMinorUnits(input.acceptedQuantity, 'acceptedQuantity');
  assertMinorUnits(input.unitPriceMinor, 'unitPriceMinor');
  if (!Number.isSafeInteger(input.checkNumber) || input.checkNumber < 1) throw new RangeError(`checkNumber must be a whole number from 1, got ${input.checkNumber}`);
  if (input.acceptedQuantity === 0) return null;
  const valueMinor = multiplyMinorUnits(input.acceptedQuantity, input.unitPriceMinor, 'accepted value');
  const feeMinor = commissionMinor(valueMinor, input.coordinationFeeBps);
  return {
    kind: 'bulk_acceptance',
    reference: { bulkOrderId: input.bulkOrderId, allocationId: input.allocationId, checkNumber: input.checkNumber },
    entries: [
      ...debit(bulkOrderReceivableAccount(input.bulkOrderId), valueMinor),
      ...credit(unfundedAccount(sellerKey('producer', input.producerId)), valueMinor - feeMinor),
      ...credit(unfundedAccount(sellerKey('network', input.networkId)), feeMinor),
    ],
  };
}
