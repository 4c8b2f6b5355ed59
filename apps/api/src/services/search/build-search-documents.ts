import { categories, type Executor, listings, listingVariants, networks, producers, provinces } from '@bazaarche/db';
import { normalizeForSearch } from '@bazaarche/domain';
import type { SearchDocument } from '@bazaarche/search';
import { and, eq, inArray } from 'drizzle-orm';

/**
 * The search documents of these listings: the public ones (active, of an approved shop) to index,
 * the rest to remove. Names of the trade and its ancestors, the shop, its network and the province are in the
 * text in both languages, so «عسل اردبیل» and "honey" both find a listing.
 */
export async function buildSearchDocuments(db: Executor, listingIds: string[]): Promise<{ documents: SearchDocument[]; removed: string[] }> {
  if (listingIds.length === 0) return { documents: [], removed: [] };
  const rows = await db
    .select({ listing: listings, shopName: producers.shopName, city: producers.city, province: provinces, networkName: networks.name })
    .from(listings)
    .innerJoin(producers, eq(producers.id, listings.producerId))
    .innerJoin(provinces, eq(provinces.code, producers.provinceCode))
    .leftJoin(networks, eq(networks.id, listings.networkId))
    .where(and(inArray(listings.id, listingIds), eq(listings.status, 'active'), eq(producers.status, 'approved')));
  const variants = rows.length
    ? await db
        .select({ listingId: listingVariants.listingId, attributes: listingVariants.attributes })
        .from(listingVariants)
        .where(inArray(listingVariants.listingId, rows.map((r) => r.listing.id)))
    : [];
  const tree = await db.select().from(categories);
  const byId = new Map(tree.map((c) => [c.id, c]));
  const lineage = (id: number) => {
    const chain = [];
    for (let node = byId.get(id); node; node = node.parentId === null ? undefined : byId.get(node.parentId)) chain.push(node);
    return chain;
  };

  const documents = rows.map(({ listing, shopName, city, province, networkName }): SearchDocument => {
    const trades = lineage(listing.categoryId);
    const attributes = variants.filter((v) => v.listingId === listing.id).flatMap((v) => Object.values(v.attributes));
    const words = [
      listing.titleFa,
      listing.titleEn,
      listing.descriptionFa,
      listing.descriptionEn,
      shopName,
      networkName,
      city,
      province.nameFa,
      province.nameEn,
      ...trades.flatMap((t) => [t.nameFa, t.nameEn]),
      ...attributes,
    ];
    return {
      id: listing.id,
      text: normalizeForSearch(words.filter(Boolean).join(' '), { expand: true }),
      titleText: normalizeForSearch(`${listing.titleFa} ${listing.titleEn ?? ''}`, { expand: true }),
      categorySlugs: trades.map((t) => t.slug),
      provinceCode: province.code,
      sellerId: listing.producerId,
      networkId: listing.networkId,
      madeToOrder: listing.processingDays !== null,
      priceMinor: listing.priceMinor,
      currency: listing.currency,
      publishedAt: (listing.publishedAt ?? listing.updatedAt).getTime(),
      titleFa: listing.titleFa,
      titleEn: listing.titleEn,
    };
  });
  const indexed = new Set(documents.map((d) => d.id));
  return { documents, removed: listingIds.filter((id) => !indexed.has(id)) };
}
