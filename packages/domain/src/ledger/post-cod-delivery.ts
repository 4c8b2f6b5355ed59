import { owedAccount, PLATFORM_COMMISSION } from './accounts.ts';
import { commissionMinor } from './commission.ts';
import type { LedgerFulfilment } from './fulfilment-position.ts';
import { credit, debit, type LedgerTransaction } from './transaction.ts';

/**
 * A fulfilment paid in cash at the door, confirmed by the seller who took the cash: the money never
 * passed through the platform, so nothing is held or payable for it. The platform's commission on the
 * goods becomes the seller's debt, netted from their next payouts (`postPayout`). Null when the
 * commission comes to nothing. A network's part is not sold for cash (its member would collect what the
 * network is owed a fee on), so the seller here is always the one who delivers.
 */
export function postCodDelivery(fulfilment: LedgerFulfilment, commissionBps: number): LedgerTransaction | null {
  if (fulfilment.payee && fulfilment.payee !== fulfilment.seller) throw new RangeError(`Fulfilment ${fulfilment.id} is made by a member: cash on delivery is for a seller's own parcels`);
  const commission = commissionMinor(fulfilment.subtotalMinor, commissionBps);
  if (commission === 0) return null;
  return {
    kind: 'cod_commission',
    reference: { orderId: fulfilment.orderId, fulfilmentId: fulfilment.id },
    commissionBps,
    entries: [...debit(owedAccount(fulfilment.seller), commission), ...credit(PLATFORM_COMMISSION, commission)],
  };
}
