import { type Database, producers, producerTrades } from '@bazaarche/db';
import { parseSheba, slugify, uniqueSlug } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import { assertProvinceExists, findCategories } from './taxonomy.ts';

export interface ShopInput {
  shopName: string;
  provinceCode: string;
  city: string;
  trades: string[];
  licenseNo?: string | undefined;
  bio?: string | undefined;
  shippingFeeMinor?: number | undefined;
  freeShippingAboveMinor?: number | null | undefined;
  acceptsCod?: boolean | undefined;
  payoutSheba?: string | null | undefined;
  stripeAccountId?: string | null | undefined;
}

/** A Sheba as stored: checked and normalised, or null to remove it. */
export function checkedSheba(input: string | null): string | null {
  if (input === null || input.trim() === '') return null;
  const parsed = parseSheba(input);
  if (!parsed.ok) throw AppError.invalid({ field: 'payoutSheba', code: 'invalid_sheba' });
  return parsed.sheba;
}

/** A user opens their one shop; it waits for an admin as `pending`. */
export async function openShop(db: Database, ownerUserId: string, input: ShopInput) {
  return db.transaction(async (tx) => {
    await assertProvinceExists(tx, input.provinceCode);
    const trades = await findCategories(tx, input.trades, 'trades');
    const [existing] = await tx.select({ id: producers.id }).from(producers).where(eq(producers.ownerUserId, ownerUserId));
    if (existing) throw new AppError('producer_exists');
    // A shop of the same name opened at the same moment may take the slug first: then the next free one.
    for (let attempt = 0; attempt < 5; attempt++) {
      const slug = await uniqueSlug(slugify(input.shopName), async (candidate) => {
        const [taken] = await tx.select({ id: producers.id }).from(producers).where(eq(producers.slug, candidate));
        return Boolean(taken);
      });
      const [producer] = await tx
        .insert(producers)
        .values({
          ownerUserId,
          slug,
          shopName: input.shopName,
          provinceCode: input.provinceCode,
          city: input.city,
          licenseNo: input.licenseNo ?? null,
          bio: input.bio ?? null,
          shippingFeeMinor: input.shippingFeeMinor ?? 0,
          freeShippingAboveMinor: input.freeShippingAboveMinor ?? null,
          acceptsCod: input.acceptsCod ?? false,
          payoutSheba: checkedSheba(input.payoutSheba ?? null),
          stripeAccountId: input.stripeAccountId ?? null,
        })
        .onConflictDoNothing()
        .returning();
      if (producer) {
        await tx.insert(producerTrades).values(trades.map((t) => ({ producerId: producer.id, categoryId: t.id })));
        return producer;
      }
      // A concurrent second request from the same user loses on the owner's unique index.
      const [mine] = await tx.select({ id: producers.id }).from(producers).where(eq(producers.ownerUserId, ownerUserId));
      if (mine) throw new AppError('producer_exists');
    }
    throw new Error('No free shop slug after 5 attempts');
  });
}
