import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, index, pgSequence, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The Postgres search engine's index: one row per searchable listing, written only by the search
 * adapter from outbox deliveries, never by the catalogue itself. Text arrives normalised.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    listingId: uuid().primaryKey(),
    /**
     * All the document's words as a `simple` vector: no stemming or stop words, the normaliser has
     * done what Persian needs. Only vectors are kept, not the text, so rows stay narrow and facet
     * scans over many matches read few pages.
     */
    tsv: tsvector().notNull(),
    /** Titles alone, small enough to rank thousands of matches quickly. */
    titleTsv: tsvector().notNull(),
    categorySlugs: text().array().notNull(),
    provinceCode: text().notNull(),
    sellerId: uuid().notNull(),
    networkId: uuid(),
    madeToOrder: boolean().notNull(),
    priceMinor: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull(),
    titleFa: text().notNull(),
    titleEn: text(),
  },
  (t) => [
    index('search_documents_tsv_idx').using('gin', t.tsv),
    index('search_documents_categories_idx').using('gin', t.categorySlugs),
    index('search_documents_province_idx').on(t.provinceCode),
    index('search_documents_price_idx').on(t.priceMinor),
    index('search_documents_published_idx').on(t.publishedAt),
    index('search_documents_seller_idx').on(t.sellerId),
  ],
);

/** Every normalised word the index has seen: small, trigram-indexed, for correcting typos in queries. */
export const searchWords = pgTable(
  'search_words',
  { word: text().primaryKey() },
  (t) => [
    index('search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
    index('search_words_prefix_idx').using('btree', sql`${t.word} text_pattern_ops`),
  ],
);

/** Moved on after every change to the index, whatever the engine, so cached answers know when they are stale. */
export const searchIndexGeneration = pgSequence('search_index_generation');
