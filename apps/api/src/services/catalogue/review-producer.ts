import { type Database, producers } from '@bazaarche/db';
import type { ProducerStatus } from '@bazaarche/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import { enqueueShopSearchUpdate } from '../search/enqueue-search-update.ts';

export type ProducerDecision = { kind: 'approve' } | { kind: 'reject'; reason: string };

/**
 * An admin approves or rejects an application. A pending shop can go either way; an approved
 * shop can still be rejected (e.g. a false licence), a rejected one approved on second thought.
 */
export async function reviewProducer(db: Database, producerId: string, decision: ProducerDecision) {
  const allowedFrom: ProducerStatus[] = decision.kind === 'approve' ? ['pending', 'rejected'] : ['pending', 'approved'];
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(producers)
      .set(
        decision.kind === 'approve'
          ? { status: 'approved', rejectionReason: null, approvedAt: new Date(), updatedAt: new Date() }
          : { status: 'rejected', rejectionReason: decision.reason, updatedAt: new Date() },
      )
      .where(and(eq(producers.id, producerId), inArray(producers.status, allowedFrom)))
      .returning();
    if (updated) {
      // The shop's standing decides whether its listings are public, so all their documents change.
      await enqueueShopSearchUpdate(tx, producerId);
      return updated;
    }
    const [exists] = await tx.select({ id: producers.id }).from(producers).where(eq(producers.id, producerId));
    throw exists ? new AppError('producer_state_conflict') : new AppError('producer_not_found');
  });
}
