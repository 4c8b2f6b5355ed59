import { type Executor, provinces } from '@bazaarche/db';
import type { Locale } from '@bazaarche/i18n';
import { asc } from 'drizzle-orm';
import { nameIn } from './taxonomy.ts';

/** Every province in its display order, named in both languages and in the caller's. */
export async function listProvinces(db: Executor, locale: Locale) {
  const rows = await db.select().from(provinces).orderBy(asc(provinces.sortOrder));
  return rows.map(({ code, nameFa, nameEn }) => ({ code, nameFa, nameEn, name: nameIn({ nameFa, nameEn }, locale) }));
}
