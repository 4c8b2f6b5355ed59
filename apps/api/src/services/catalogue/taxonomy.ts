import { categories, type Executor, provinces } from '@bazaarche/db';
import type { Locale } from '@bazaarche/i18n';
import { eq, inArray } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';

export interface Named {
  nameFa: string;
  nameEn: string;
}

export function nameIn(row: Named, locale: Locale): string {
  return locale === 'fa' ? row.nameFa : row.nameEn;
}

/** The categories for these slugs, or a 422 naming the field and the slugs that do not exist. */
export async function findCategories(db: Executor, slugs: readonly string[], field: string) {
  const unique = [...new Set(slugs)];
  const rows = unique.length ? await db.select().from(categories).where(inArray(categories.slug, unique)) : [];
  const missing = unique.filter((slug) => !rows.some((row) => row.slug === slug));
  if (missing.length) throw AppError.invalid(...missing.map((slug) => ({ field, code: 'unknown_category' as const, value: slug })));
  return rows;
}

/** A listing belongs to one trade, so its category must be a leaf of the tree. */
export async function findLeafCategory(db: Executor, slug: string) {
  const [category] = await findCategories(db, [slug], 'categorySlug');
  const [child] = await db.select({ id: categories.id }).from(categories).where(eq(categories.parentId, category!.id)).limit(1);
  if (child) throw AppError.invalid({ field: 'categorySlug', code: 'category_not_leaf', value: slug });
  return category!;
}

export async function assertProvinceExists(db: Executor, code: string): Promise<void> {
  const [row] = await db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, code));
  if (!row) throw AppError.invalid({ field: 'provinceCode', code: 'unknown_province', value: code });
}
