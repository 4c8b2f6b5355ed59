import { type Database, listings, listingVariants } from '@bazaarche/db';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { assertConsistent, assertMarketplaceCurrency, type ListingInput, type VariantInput } from './listing-input.ts';
import { assertSellsThrough } from '../networks/assert-sells-through.ts';
import { findLeafCategory } from './taxonomy.ts';

/**
 * A new listing starts as a draft of the caller's shop; a shop still under review may prepare drafts.
 * It is priced in `marketplace.currency`, the one the marketplace settles in.
 */
export async function createListing(db: Database, actor: Actor, input: ListingInput, marketplace: { currency: string }) {
  if (!actor.producer) throw new AppError('no_shop');
  assertMarketplaceCurrency(input.currency, marketplace.currency);
  const producerId = actor.producer.id;
  const variants = input.variants ?? [];
  const stock = input.stock ?? null;
  const processingDays = input.madeToOrder?.processingDays ?? null;
  assertConsistent(stock, processingDays, variants);
  return db.transaction(async (tx) => {
    const category = await findLeafCategory(tx, input.categorySlug);
    if (input.networkId) await assertSellsThrough(tx, producerId, input.networkId);
    const [listing] = await tx
      .insert(listings)
      .values({
        producerId,
        networkId: input.networkId ?? null,
        categoryId: category.id,
        titleFa: input.title.fa,
        titleEn: input.title.en || null,
        descriptionFa: input.description.fa,
        descriptionEn: input.description.en || null,
        priceMinor: input.priceMinor,
        currency: input.currency,
        stock,
        processingDays,
        minOrderQty: input.minOrderQty ?? 1,
      })
      .returning({ id: listings.id });
    await insertVariants(tx, listing!.id, variants);
    return listing!.id;
  });
}

export async function insertVariants(db: Pick<Database, 'insert'>, listingId: string, variants: VariantInput[]): Promise<void> {
  if (variants.length === 0) return;
  await db.insert(listingVariants).values(
    variants.map((v, position) => ({
      listingId,
      sku: v.sku,
      attributes: v.attributes,
      priceMinor: v.priceMinor ?? null,
      stock: v.stock ?? null,
      position,
    })),
  );
}
