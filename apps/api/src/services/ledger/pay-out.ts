import { randomUUID } from 'node:crypto';
import { type Database, type Executor, type Network, networks, type Producer, payouts, producers } from '@bazaarche/db';
import { PLATFORM_CASH, postPayout, type SellerKey, sellerKey } from '@bazaarche/domain';
import { type PaymentProvider, ProviderError } from '@bazaarche/payments';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { PresentedPayout } from '../../schemas/ledger.ts';
import { accountBalances, postTransactions } from './ledger-store.ts';
import { presentPayout } from './present-payout.ts';
import { sellerStatement } from './seller-statement.ts';

export interface PayoutRequest {
  /** One of the two: a shop, or a network (whose coordination fees go to its leader's shop account). */
  producerId?: string | undefined;
  networkId?: string | undefined;
  amountMinor: number;
  /** Must be the marketplace currency, which payouts are made in. */
  currency: string;
  /** `bank_transfer` (the default): a person has sent it to the shop's Sheba. `stripe`: a Connect transfer made now. */
  method?: 'bank_transfer' | 'stripe' | undefined;
  /** The bank's reference for a transfer that was made, when there is one. */
  reference?: string | undefined;
}

/**
 * The account paid out, locked, and the shop whose bank or Stripe account receives it. A network's
 * payable is its leader's coordination fees, so it goes to the leader's own shop; a network led by
 * an admin without a shop has nowhere to pay to yet.
 */
async function lockPayee(tx: Executor, request: PayoutRequest): Promise<{ seller: SellerKey; shop: Producer; network: Network | null }> {
  if (request.networkId) {
    const [network] = await tx.select().from(networks).where(eq(networks.id, request.networkId)).for('update');
    if (!network) throw new AppError('network_not_found');
    const [shop] = await tx.select().from(producers).where(eq(producers.ownerUserId, network.leaderUserId));
    if (!shop) throw new AppError('payout_destination_missing');
    return { seller: sellerKey('network', network.id), shop, network };
  }
  const [shop] = await tx.select().from(producers).where(eq(producers.id, request.producerId!)).for('update');
  if (!shop) throw new AppError('producer_not_found');
  return { seller: sellerKey('producer', shop.id), shop, network: null };
}

/**
 * Pays a producer (or a network) out of what they are owed, less what they owe the platform (netted in
 * the same transaction; earnings not yet funded are not payable), and records it in the ledger. The shop's row is locked
 * first, so two payouts at once cannot both pass the balance check. A Stripe transfer is made inside
 * that transaction, with an idempotency key from the payout's id: when Stripe refuses, nothing is
 * recorded. (Should the commit itself fail after Stripe accepted, the transfer stands unrecorded;
 * Stripe's dashboard shows it with the payout id in its metadata.) Returns the payout as finance sees it.
 */
export async function payOut(db: Database, request: PayoutRequest, adminUserId: string, { currency, stripe }: { currency: string; stripe?: PaymentProvider | undefined }): Promise<PresentedPayout> {
  if (request.currency !== currency) throw new AppError('currency_mismatch', { fields: [{ field: 'currency', code: 'wrong_currency', value: currency }] });
  return db.transaction(async (tx) => {
    const { seller, shop, network } = await lockPayee(tx, request);
    const byStripe = request.method === 'stripe';
    if (byStripe && !stripe) throw new AppError('payment_method_unavailable', { fields: [{ field: 'method', code: 'invalid' }] });
    const destination = byStripe ? shop.stripeAccountId : shop.payoutSheba;
    if (!destination) throw new AppError('payout_destination_missing');
    const { payableMinor, owedMinor } = await sellerStatement(tx, seller);
    // Read in this transaction: that cash stays at or above zero is checked again as the payout is written.
    const cashMinor = (await accountBalances(tx, [PLATFORM_CASH])).get(PLATFORM_CASH) ?? 0;
    const payoutId = randomUUID();
    const posting = postPayout({ seller, payoutId, amountMinor: request.amountMinor, payableMinor, owedMinor, cashMinor });
    if (!posting.ok) {
      const { code, ...details } = posting.refusal;
      throw new AppError(code === 'payout_exceeds_cash' ? code : 'payout_exceeds_payable', { details: code === 'payout_exceeds_cash' ? details : { ...details, owedMinor } });
    }
    const reference = byStripe ? await transfer(stripe!, { payoutId, accountId: destination, amountMinor: request.amountMinor, currency }) : (request.reference ?? null);
    const [payout] = await tx
      .insert(payouts)
      .values({
        id: payoutId,
        sellerKind: network ? 'network' : 'producer',
        producerId: network ? null : shop.id,
        networkId: network?.id ?? null,
        amountMinor: request.amountMinor,
        currency,
        destination,
        reference,
        createdByUserId: adminUserId,
      })
      .returning();
    await postTransactions(tx, posting.transactions, currency);
    return presentPayout(payout!, network ? null : shop, network);
  });
}

async function transfer(stripe: PaymentProvider, { payoutId, accountId, amountMinor, currency }: { payoutId: string; accountId: string; amountMinor: number; currency: string }) {
  try {
    const receipt = await stripe.payout({ payoutId, destination: { type: 'stripe_account', accountId }, amountMinor, currency, idempotencyKey: `payout:${payoutId}` });
    return receipt.providerReference;
  } catch (error) {
    if (error instanceof ProviderError) throw new AppError('payment_provider_unavailable', { details: { providerCode: error.providerCode ?? error.code }, cause: error });
    throw error;
  }
}
