import { sql } from 'drizzle-orm';
import { check, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored trimmed and lower-cased, so the unique index is the whole duplicate check. */
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    locale: text().$type<'fa' | 'en'>().notNull().default('fa'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), check('users_locale_check', sql`${t.locale} in ('fa', 'en')`)],
);

export type User = typeof users.$inferSelect;
