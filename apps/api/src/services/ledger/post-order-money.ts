import { type Executor, networks } from '@bazaarche/db';
import { fulfilmentPosition, parseSellerKey, postCodDelivery, postDelivery, postPayment } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { ledgerFulfilments, loadTransactions, postTransactions } from './ledger-store.ts';

/**
 * A captured payment in the ledger: the cash comes in and each seller's part is held until their
 * parcel is delivered. Called inside the transaction that marks the order paid, under its lock.
 */
export async function postPaymentCaptured(db: Executor, order: { id: string; currency: string }, paymentId: string): Promise<void> {
  await postTransactions(db, [postPayment({ id: order.id, fulfilments: await ledgerFulfilments(db, order.id) }, paymentId)], order.currency);
}

/**
 * A delivered fulfilment in the ledger: what was held for it becomes payable to the seller, less
 * the platform's commission on the goods. A network's part becomes payable to the member who made
 * it, less the commission and the network's coordination fee at its rate today, which goes to the
 * network. Called inside the transaction that marks it delivered.
 */
export async function postFulfilmentDelivered(db: Executor, order: { id: string; currency: string }, fulfilmentId: string, commissionBps: number): Promise<void> {
  const fulfilment = (await ledgerFulfilments(db, order.id)).find((f) => f.id === fulfilmentId);
  if (!fulfilment) throw new Error(`Fulfilment ${fulfilmentId} is not in order ${order.id}`);
  const history = (await loadTransactions(db, { orderId: order.id })).map((stored) => stored.transaction);
  const feeBps = fulfilment.payee ? await coordinationFeeBps(db, fulfilment.seller) : 0;
  const posting = postDelivery(fulfilment, fulfilmentPosition(fulfilment, history), commissionBps, feeBps);
  // The fulfilment state machine lets only a paid, undelivered parcel be delivered: a refusal here is a bug.
  if (!posting.ok) throw new Error(`Ledger refused delivery of ${fulfilmentId}: ${posting.refusal.code}`);
  await postTransactions(db, posting.transactions, order.currency);
}

/**
 * A parcel paid in cash at the door, in the ledger: the seller keeps the cash, and the platform's
 * commission on its goods becomes their debt, netted from their next payout. Called inside the
 * transaction that marks it delivered.
 */
export async function postCodCollected(db: Executor, order: { id: string; currency: string }, fulfilmentId: string, commissionBps: number): Promise<void> {
  const fulfilment = (await ledgerFulfilments(db, order.id)).find((f) => f.id === fulfilmentId);
  if (!fulfilment) throw new Error(`Fulfilment ${fulfilmentId} is not in order ${order.id}`);
  const tx = postCodDelivery(fulfilment, commissionBps);
  if (tx) await postTransactions(db, [tx], order.currency);
}

async function coordinationFeeBps(db: Executor, seller: string): Promise<number> {
  const parsed = parseSellerKey(seller);
  const [network] = parsed?.kind === 'network' ? await db.select({ bps: networks.coordinationFeeBps }).from(networks).where(eq(networks.id, parsed.id)) : [];
  if (!network) throw new Error(`No network for seller ${seller}`);
  return network.bps;
}
