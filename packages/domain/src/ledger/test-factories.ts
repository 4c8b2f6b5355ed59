// Data for the ledger's tests, built through the constructors as the API will.
import { sellerKey } from './accounts.ts';
import type { LedgerFulfilment } from './fulfilment-position.ts';
import { postDelivery } from './post-delivery.ts';
import { postPayment } from './post-payment.ts';
import { postPayout } from './post-payout.ts';
import { postRefund } from './post-refund.ts';
import type { LedgerPosting, LedgerTransaction } from './transaction.ts';

export const arta = sellerKey('producer', 'arta');
export const sabalan = sellerKey('producer', 'sabalan');
export const wallet: LedgerFulfilment = { id: 'f-wallet', orderId: 'o-1', seller: arta, subtotalMinor: 2_900_000, shippingMinor: 300_000 };
export const honey: LedgerFulfilment = { id: 'f-honey', orderId: 'o-1', seller: sabalan, subtotalMinor: 4_200_000, shippingMinor: 0 };
export const tabriz = sellerKey('network', 'tabriz');
/** Sold by the Tabriz network; its leader assigned sabalan to make it. */
export const rug: LedgerFulfilment = { id: 'f-rug', orderId: 'o-2', seller: tabriz, payee: sabalan, subtotalMinor: 5_000_000, shippingMinor: 400_000 };

/** Order o-1 paid; the wallet delivered at 7.5%; 1,200,000 of the honey refunded before delivery; 2,000,000 paid out to arta. */
export function paidDeliveredRefundedPaidOut(): LedgerTransaction[] {
  const paid = { paid: true, refundedMinor: 0, delivered: false, commissionBps: null, coordinationFeeBps: null };
  return [
    postPayment({ id: 'o-1', fulfilments: [wallet, honey] }, 'pay-1'),
    ...accepted(postDelivery(wallet, paid, 750)),
    ...accepted(postRefund({ fulfilment: honey, position: paid, refundId: 'r-1', amountMinor: 1_200_000, sellerPayableMinor: 0 })),
    ...accepted(postPayout({ seller: arta, payoutId: 'po-1', amountMinor: 2_000_000, payableMinor: 2_982_500, owedMinor: 0, cashMinor: 7_400_000 })),
  ];
}

/** Order o-2 paid and its rug delivered at 7.5% commission and the network's 5% fee: 375,000 and 250,000 of the 5,000,000 goods. */
export function networkPaidDelivered(): LedgerTransaction[] {
  return [
    postPayment({ id: 'o-2', fulfilments: [rug] }, 'pay-2'),
    ...accepted(postDelivery(rug, { paid: true, refundedMinor: 0, delivered: false, commissionBps: null, coordinationFeeBps: null }, 750, 500)),
  ];
}

export function accepted(posting: LedgerPosting): LedgerTransaction[] {
  if (!posting.ok) throw new Error(`refused: ${posting.refusal.code}`);
  return posting.transactions;
}
