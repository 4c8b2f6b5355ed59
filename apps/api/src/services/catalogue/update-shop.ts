import { type Database, producers, producerTrades } from '@bazaarche/db';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import { enqueueShopSearchUpdate } from '../search/enqueue-search-update.ts';
import { checkedSheba, type ShopInput } from './open-shop.ts';
import { assertProvinceExists, findCategories } from './taxonomy.ts';

/**
 * The owner edits the shop; a rejected shop whose details are edited goes back to the admins as
 * pending. Shipping, cash-on-delivery and payout settings are the seller's own terms: they change neither review nor search.
 */
export async function updateShop(db: Database, ownerUserId: string, producerId: string, input: Partial<ShopInput>) {
  const { shippingFeeMinor, freeShippingAboveMinor, acceptsCod, payoutSheba, stripeAccountId, ...details } = input;
  const sheba = payoutSheba === undefined ? undefined : checkedSheba(payoutSheba);
  const detailsEdited = Object.values(details).some((value) => value !== undefined);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(producers)
      .where(and(eq(producers.id, producerId), eq(producers.ownerUserId, ownerUserId)))
      .for('update');
    if (!current) throw new AppError('producer_not_found');
    if (input.provinceCode) await assertProvinceExists(tx, input.provinceCode);
    const trades = input.trades ? await findCategories(tx, input.trades, 'trades') : undefined;
    const resubmit = current.status === 'rejected' && detailsEdited;
    const [updated] = await tx
      .update(producers)
      .set({
        ...(input.shopName !== undefined && { shopName: input.shopName }),
        ...(input.provinceCode !== undefined && { provinceCode: input.provinceCode }),
        ...(input.city !== undefined && { city: input.city }),
        ...(input.licenseNo !== undefined && { licenseNo: input.licenseNo || null }),
        ...(input.bio !== undefined && { bio: input.bio || null }),
        ...(shippingFeeMinor !== undefined && { shippingFeeMinor }),
        ...(freeShippingAboveMinor !== undefined && { freeShippingAboveMinor }),
        ...(acceptsCod !== undefined && { acceptsCod }),
        ...(sheba !== undefined && { payoutSheba: sheba }),
        ...(stripeAccountId !== undefined && { stripeAccountId }),
        ...(resubmit && { status: 'pending', rejectionReason: null }),
        updatedAt: new Date(),
      })
      .where(eq(producers.id, producerId))
      .returning();
    if (trades) {
      await tx.delete(producerTrades).where(eq(producerTrades.producerId, producerId));
      await tx.insert(producerTrades).values(trades.map((t) => ({ producerId, categoryId: t.id })));
    }
    if (detailsEdited) await enqueueShopSearchUpdate(tx, producerId);
    return updated!;
  });
}
