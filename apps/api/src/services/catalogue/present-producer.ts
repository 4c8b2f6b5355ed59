import { categories, type Executor, type Producer, producerTrades, provinces } from '@bazaarche/db';
import type { Locale } from '@bazaarche/i18n';
import { asc, eq, inArray } from 'drizzle-orm';
import type { ProducerResponse } from '../../schemas/catalogue.ts';
import { nameIn } from './taxonomy.ts';

/**
 * Producers as the API shows them, with trade and province names in the caller's language.
 * Shops charge shipping in `currency`, the one the marketplace settles in (`config.currency`).
 */
export async function presentProducers(db: Executor, rows: Producer[], locale: Locale, currency: string): Promise<ProducerResponse[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const trades = await db
    .select({ producerId: producerTrades.producerId, slug: categories.slug, nameFa: categories.nameFa, nameEn: categories.nameEn })
    .from(producerTrades)
    .innerJoin(categories, eq(categories.id, producerTrades.categoryId))
    .where(inArray(producerTrades.producerId, ids))
    .orderBy(asc(categories.sortOrder));
  const provinceRows = await db.select().from(provinces).where(inArray(provinces.code, [...new Set(rows.map((row) => row.provinceCode))]));
  return rows.map((row) => {
    const province = provinceRows.find((p) => p.code === row.provinceCode)!;
    return {
      id: row.id,
      slug: row.slug,
      shopName: row.shopName,
      province: { code: province.code, name: nameIn(province, locale) },
      city: row.city,
      trades: trades.filter((t) => t.producerId === row.id).map((t) => ({ slug: t.slug, name: nameIn(t, locale) })),
      licenseNo: row.licenseNo,
      bio: row.bio,
      status: row.status as ProducerResponse['status'],
      rejectionReason: row.rejectionReason,
      shipping: { feeMinor: row.shippingFeeMinor, freeAboveMinor: row.freeShippingAboveMinor, currency },
      acceptsCod: row.acceptsCod,
      payoutSheba: row.payoutSheba,
      stripeAccountId: row.stripeAccountId,
      createdAt: row.createdAt.toISOString(),
      approvedAt: row.approvedAt?.toISOString() ?? null,
    };
  });
}

export async function presentProducer(db: Executor, row: Producer, locale: Locale, currency: string): Promise<ProducerResponse> {
  const [presented] = await presentProducers(db, [row], locale, currency);
  return presented!;
}
