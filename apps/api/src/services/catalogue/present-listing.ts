import {
  categories,
  type Executor,
  type Listing,
  type ListingImage,
  listingImages,
  listingVariants,
  listings,
  networks,
  producers,
  provinces,
} from '@bazaarche/db';
import { isAvailable, unitsAvailable } from '@bazaarche/domain';
import type { Locale } from '@bazaarche/i18n';
import type { Storage } from '@bazaarche/media';
import { asc, eq, inArray } from 'drizzle-orm';
import type { ImageResponse, ListingResponse, ListingSummaryResponse } from '../../schemas/catalogue.ts';
import { nameIn } from './taxonomy.ts';

export function presentImage(image: ListingImage, storage: Storage): ImageResponse {
  return {
    id: image.id,
    width: image.width,
    height: image.height,
    placeholder: image.placeholder,
    alt: { fa: image.altFa, en: image.altEn },
    variants: image.variants.map((v) => ({ format: v.format, width: v.width, url: storage.url(v.key) })),
  };
}

/** A title in the caller's language: the Persian one when there is no English one. */
export function localizedTitle(listing: { titleFa: string; titleEn: string | null }, locale: Locale): string {
  return locale === 'en' && listing.titleEn ? listing.titleEn : listing.titleFa;
}

/** Full listings, in the order of `ids`, with variants, ordered images, category and seller. */
async function presentListings(db: Executor, ids: string[], locale: Locale, storage: Storage): Promise<ListingResponse[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ listing: listings, category: categories, producer: producers, province: provinces, network: { id: networks.id, slug: networks.slug, name: networks.name } })
    .from(listings)
    .innerJoin(categories, eq(categories.id, listings.categoryId))
    .innerJoin(producers, eq(producers.id, listings.producerId))
    .innerJoin(provinces, eq(provinces.code, producers.provinceCode))
    .leftJoin(networks, eq(networks.id, listings.networkId))
    .where(inArray(listings.id, ids));
  const variants = await db.select().from(listingVariants).where(inArray(listingVariants.listingId, ids)).orderBy(asc(listingVariants.position));
  const images = await db.select().from(listingImages).where(inArray(listingImages.listingId, ids)).orderBy(asc(listingImages.position), asc(listingImages.createdAt));
  return ids.flatMap((id) => {
    const row = rows.find((r) => r.listing.id === id);
    if (!row) return [];
    const { listing, category, producer, province, network } = row;
    const own = variants.filter((v) => v.listingId === id);
    return [
      {
        id: listing.id,
        status: listing.status,
        title: { fa: listing.titleFa, en: listing.titleEn },
        description: { fa: listing.descriptionFa, en: listing.descriptionEn },
        category: { slug: category.slug, name: nameIn(category, locale) },
        priceMinor: listing.priceMinor,
        currency: listing.currency,
        stock: listing.stock,
        madeToOrder: listing.processingDays === null ? null : { processingDays: listing.processingDays },
        minOrderQty: listing.minOrderQty,
        inStock: isAvailable({ stock: listing.stock, processingDays: listing.processingDays, variants: own }),
        // With variants, each holds its own stock.
        unitsAvailable: own.length > 0 ? null : unitsAvailable({ stock: listing.stock, processingDays: listing.processingDays }),
        variants: own.map((v) => ({
          id: v.id,
          sku: v.sku,
          attributes: v.attributes,
          priceMinor: v.priceMinor,
          stock: v.stock,
          unitsAvailable: unitsAvailable({ stock: v.stock, processingDays: listing.processingDays }),
        })),
        images: images.filter((image) => image.listingId === id).map((image) => presentImage(image, storage)),
        seller: {
          id: producer.id,
          slug: producer.slug,
          shopName: producer.shopName,
          province: { code: province.code, name: nameIn(province, locale) },
          city: producer.city,
        },
        network,
        rejectionReason: listing.rejectionReason,
        publishedAt: listing.publishedAt?.toISOString() ?? null,
        createdAt: listing.createdAt.toISOString(),
        updatedAt: listing.updatedAt.toISOString(),
      },
    ];
  });
}

export async function presentListing(db: Executor, id: string, locale: Locale, storage: Storage): Promise<ListingResponse> {
  const [presented] = await presentListings(db, [id], locale, storage);
  return presented!;
}

/** Cards for lists: the cover photo only, whether one can be ordered now, and who sells it (a network listing's network). */
export async function presentListingSummaries(
  db: Executor,
  rows: Listing[],
  locale: Locale,
  storage: Storage,
): Promise<ListingSummaryResponse[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const networkIds = [...new Set(rows.flatMap((r) => (r.networkId ? [r.networkId] : [])))];
  const [categoryRows, producerRows, networkRows, variantStock, covers] = await Promise.all([
    db.select().from(categories).where(inArray(categories.id, [...new Set(rows.map((r) => r.categoryId))])),
    db
      .select({ id: producers.id, slug: producers.slug, shopName: producers.shopName })
      .from(producers)
      .where(inArray(producers.id, [...new Set(rows.map((r) => r.producerId))])),
    networkIds.length === 0 ? [] : db.select({ id: networks.id, slug: networks.slug, shopName: networks.name }).from(networks).where(inArray(networks.id, networkIds)),
    db.select({ listingId: listingVariants.listingId, stock: listingVariants.stock }).from(listingVariants).where(inArray(listingVariants.listingId, ids)),
    // Postgres picks the first image per listing by position: one row each, however many photos.
    db
      .selectDistinctOn([listingImages.listingId])
      .from(listingImages)
      .where(inArray(listingImages.listingId, ids))
      .orderBy(listingImages.listingId, asc(listingImages.position), asc(listingImages.createdAt)),
  ]);
  return rows.map((row) => {
    const category = categoryRows.find((c) => c.id === row.categoryId)!;
    const cover = covers.find((c) => c.listingId === row.id);
    return {
      id: row.id,
      status: row.status,
      title: { fa: row.titleFa, en: row.titleEn },
      name: localizedTitle(row, locale),
      category: { slug: category.slug, name: nameIn(category, locale) },
      priceMinor: row.priceMinor,
      currency: row.currency,
      madeToOrder: row.processingDays === null ? null : { processingDays: row.processingDays },
      inStock: isAvailable({ stock: row.stock, processingDays: row.processingDays, variants: variantStock.filter((v) => v.listingId === row.id) }),
      cover: cover ? presentImage(cover, storage) : null,
      seller: row.networkId
        ? { kind: 'network' as const, ...networkRows.find((n) => n.id === row.networkId)! }
        : { kind: 'producer' as const, ...producerRows.find((p) => p.id === row.producerId)! },
    };
  });
}
