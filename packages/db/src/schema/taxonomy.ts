import { type AnyPgColumn, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

export const provinces = pgTable('provinces', {
  /** ISO 3166-2:IR code, e.g. IR-23 for Tehran. */
  code: text().primaryKey(),
  nameFa: text().notNull(),
  nameEn: text().notNull(),
  sortOrder: integer().notNull(),
});

/** The licensed trades (رشته‌ها), as a tree. */
export const categories = pgTable(
  'categories',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull(),
    parentId: integer().references((): AnyPgColumn => categories.id, { onDelete: 'restrict' }),
    nameFa: text().notNull(),
    nameEn: text().notNull(),
    sortOrder: integer().notNull(),
  },
  (t) => [uniqueIndex('categories_slug_key').on(t.slug)],
);

export type Province = typeof provinces.$inferSelect;
export type Category = typeof categories.$inferSelect;
