import { type Database, payouts, producers } from '@bazaarche/db';
import { postPayout, sellerKey } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import { postTransactions } from './ledger-store.ts';
import { sellerStatement } from './seller-statement.ts';

export interface PayoutRequest {
  producerId: string;
  amountMinor: number;
  /** The bank's reference for the transfer that was made, when there is one. */
  reference?: string | undefined;
}

/**
 * Records money sent to a producer's Sheba account and takes it off what they are owed. The shop's
 * row is locked first, so two payouts at once cannot both pass the balance check.
 */
export async function payOut(db: Database, request: PayoutRequest, adminUserId: string, currency: string) {
  return db.transaction(async (tx) => {
    const [shop] = await tx.select().from(producers).where(eq(producers.id, request.producerId)).for('update');
    if (!shop) throw new AppError('producer_not_found', { status: 404 });
    if (!shop.payoutSheba) throw new AppError('payout_destination_missing', { status: 409 });
    const seller = sellerKey('producer', shop.id);
    const { payableMinor } = await sellerStatement(tx, seller);
    const [payout] = await tx
      .insert(payouts)
      .values({ seller, producerId: shop.id, amountMinor: request.amountMinor, currency, destination: shop.payoutSheba, reference: request.reference ?? null, createdByUserId: adminUserId })
      .returning();
    const posting = postPayout({ seller, payoutId: payout!.id, amountMinor: request.amountMinor, payableMinor });
    if (!posting.ok) throw new AppError('payout_exceeds_payable', { status: 409, details: { payableMinor } });
    await postTransactions(tx, posting.transactions, currency);
    return payout!;
  });
}
