import { categories, type Executor } from '@bazaarche/db';
import type { Locale } from '@bazaarche/i18n';
import { asc } from 'drizzle-orm';
import type { CategoryNode } from '../../schemas/catalogue.ts';
import { nameIn } from './taxonomy.ts';

/** The category tree: its roots, each with its children, every level in display order. */
export async function listCategories(db: Executor, locale: Locale): Promise<CategoryNode[]> {
  const rows = await db.select().from(categories).orderBy(asc(categories.sortOrder));
  const nodes = new Map(rows.map((row) => [row.id, { slug: row.slug, nameFa: row.nameFa, nameEn: row.nameEn, name: nameIn(row, locale), children: [] as CategoryNode[] }]));
  const roots: CategoryNode[] = [];
  for (const row of rows) (row.parentId === null ? roots : nodes.get(row.parentId)!.children).push(nodes.get(row.id)!);
  return roots;
}
