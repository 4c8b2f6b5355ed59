import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Changes that must reach another system, written in the same transaction as the change itself
 * and delivered by workers that take rows with FOR UPDATE SKIP LOCKED.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    /** What to do, e.g. `search.listing`. */
    topic: text().notNull(),
    /** The object it concerns, e.g. a listing id. */
    subjectId: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    availableAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
  },
  (t) => [index('outbox_available_idx').on(t.availableAt, t.id)],
);
