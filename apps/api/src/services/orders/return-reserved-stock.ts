import { type Executor, listings, listingVariants, orderLines } from '@bazaarche/db';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { enqueueSearchUpdate } from '../search/enqueue-search-update.ts';
import { stockOrderKey } from './stock-order.ts';

/**
 * Gives back the units checkout took for these fulfilments. The caller moves them to `cancelled`
 * in the same transaction, under the order's lock, so units are returned once and only once.
 * Stock is touched in the order checkout takes it (see stockOrderKey).
 */
export async function returnReservedStock(tx: Executor, fulfilmentIds: string[]): Promise<void> {
  if (fulfilmentIds.length === 0) return;
  const lines = await tx
    .select({ listingId: orderLines.listingId, variantId: orderLines.variantId, variantAttributes: orderLines.variantAttributes, units: orderLines.reservedUnits })
    .from(orderLines)
    .where(and(inArray(orderLines.fulfilmentId, fulfilmentIds), gt(orderLines.reservedUnits, 0)));
  const returns = new Map<string, { listingId: string; variantId: string | null; units: number }>();
  for (const line of lines) {
    // The variant was deleted since: its units have nowhere to go, and the listing's own stock is not theirs.
    if (line.variantId === null && line.variantAttributes !== null) continue;
    const key = stockOrderKey(line);
    const existing = returns.get(key);
    returns.set(key, { listingId: line.listingId, variantId: line.variantId, units: (existing?.units ?? 0) + line.units });
  }
  const backInStock: string[] = [];
  for (const [, { listingId, variantId, units }] of [...returns].sort(([a], [b]) => a.localeCompare(b))) {
    const [after] = variantId
      ? await tx
          .update(listingVariants)
          .set({ stock: sql`${listingVariants.stock} + ${units}` })
          .where(and(eq(listingVariants.id, variantId), eq(listingVariants.listingId, listingId)))
          .returning({ stock: listingVariants.stock })
      : await tx
          .update(listings)
          .set({ stock: sql`${listings.stock} + ${units}`, updatedAt: new Date() })
          .where(eq(listings.id, listingId))
          .returning({ stock: listings.stock });
    // Mirrors checkout: a listing's card changes when units come back to an empty shelf.
    if (after?.stock === units) backInStock.push(listingId);
  }
  await enqueueSearchUpdate(tx, [...new Set(backInStock)]);
}
