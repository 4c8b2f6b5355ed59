import { type Database, outbox, queryRows } from '@bazaarche/db';
import type { CatalogSearch } from '@bazaarche/search';
import { inArray, sql } from 'drizzle-orm';
import { buildSearchDocuments } from './build-search-documents.ts';

/** How long a claimed batch stays hidden from other workers; a crashed worker's batch comes back after it. */
const LEASE_SECONDS = 60;
const MAX_BACKOFF_SECONDS = 300;

export interface DrainResult {
  delivered: number;
  failed: number;
}

/**
 * Delivers waiting outbox rows to the search engine, a batch at a time, until none is due. Rows
 * are claimed with FOR UPDATE SKIP LOCKED and a lease, so any number of workers can share the
 * queue, and no transaction stays open while the engine is called. A failed batch is retried with
 * exponential backoff; an engine that is down delays the index, never a write.
 */
export async function drainOutbox(db: Database, search: CatalogSearch, { batchSize = 200, maxBatches = Infinity } = {}): Promise<DrainResult> {
  const result: DrainResult = { delivered: 0, failed: 0 };
  for (let batch = 0; batch < maxBatches; batch++) {
    const items = await queryRows<{ id: number; subject_id: string; attempts: number }>(db, sql`
      update ${outbox} set available_at = now() + make_interval(secs => ${LEASE_SECONDS}), attempts = attempts + 1
      where id in (
        select id from ${outbox} where available_at <= now() order by id limit ${batchSize} for update skip locked
      )
      returning id, subject_id, attempts`);
    if (items.length === 0) break;
    const ids = items.map((row) => Number(row.id));
    try {
      const { documents, removed } = await buildSearchDocuments(db, [...new Set(items.map((row) => row.subject_id))]);
      await search.index(documents);
      await search.remove(removed);
      await db.delete(outbox).where(inArray(outbox.id, ids));
      result.delivered += items.length;
    } catch (error) {
      const attempts = Math.max(...items.map((row) => row.attempts));
      const backoff = Math.min(MAX_BACKOFF_SECONDS, 2 ** attempts);
      await db
        .update(outbox)
        .set({ availableAt: sql`now() + make_interval(secs => ${backoff})`, lastError: String(error instanceof Error ? error.message : error).slice(0, 500) })
        .where(inArray(outbox.id, ids));
      result.failed += items.length;
      break;
    }
  }
  return result;
}

/** For /health: how many deliveries wait, and for how long the oldest has. */
export async function outboxLag(db: Database): Promise<{ pending: number; oldestSeconds: number }> {
  const [row] = await db
    .select({
      pending: sql<number>`count(*)`.mapWith(Number),
      oldestSeconds: sql<number>`coalesce(extract(epoch from now() - min(${outbox.createdAt})), 0)`.mapWith(Number),
    })
    .from(outbox);
  return { pending: row?.pending ?? 0, oldestSeconds: Math.round(row?.oldestSeconds ?? 0) };
}
