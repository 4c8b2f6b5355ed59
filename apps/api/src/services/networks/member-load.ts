import { allocations, type Executor, fulfilments, orderLines } from '@bazaarche/db';
import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';

/**
 * Units each producer still has to make for networks: bulk allocations offered or accepted and not
 * yet delivered, and network retail orders assigned to them and not yet shipped. Both draw on the
 * same hands, so both count against a member's capacity whichever kind of work is being placed.
 * `exceptBulkOrderId` leaves one bulk order out, for the caller to count its own allocations.
 */
export async function unitsCommitted(db: Executor, producerIds: string[], { exceptBulkOrderId }: { exceptBulkOrderId?: string } = {}): Promise<Map<string, number>> {
  if (producerIds.length === 0) return new Map();
  const [bulk, retail] = await Promise.all([
    db
      .select({ producerId: allocations.producerId, units: sql<number>`sum(${allocations.quantity} - ${allocations.deliveredQuantity})`.mapWith(Number) })
      .from(allocations)
      .where(
        and(
          inArray(allocations.producerId, producerIds),
          exceptBulkOrderId ? ne(allocations.bulkOrderId, exceptBulkOrderId) : undefined,
          inArray(allocations.status, ['offered', 'accepted']),
        ),
      )
      .groupBy(allocations.producerId),
    db
      .select({ producerId: fulfilments.producerId, units: sql<number>`sum(${orderLines.quantity})`.mapWith(Number) })
      .from(fulfilments)
      .innerJoin(orderLines, eq(orderLines.fulfilmentId, fulfilments.id))
      .where(and(inArray(fulfilments.producerId, producerIds), isNotNull(fulfilments.networkId), inArray(fulfilments.status, ['awaiting_payment', 'processing'])))
      .groupBy(fulfilments.producerId),
  ]);
  const load = new Map<string, number>();
  for (const row of [...bulk, ...retail]) load.set(row.producerId!, (load.get(row.producerId!) ?? 0) + row.units);
  return load;
}
