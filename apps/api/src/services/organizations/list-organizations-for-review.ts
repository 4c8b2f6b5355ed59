import { type Executor, organizations } from '@bazaarche/db';
import type { OrganizationStatus } from '@bazaarche/domain';
import { asc, count, eq } from 'drizzle-orm';
import { presentOrganizationSummary } from './present-organization.ts';

/** Organisations for platform admins to review, oldest first (the queue's order), optionally in one status. */
export async function listOrganizationsForReview(db: Executor, { page, perPage, status }: { page: number; perPage: number; status?: OrganizationStatus | undefined }) {
  const where = status ? eq(organizations.status, status) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(organizations)
      .where(where)
      .orderBy(asc(organizations.createdAt), asc(organizations.id))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ n: count() }).from(organizations).where(where),
  ]);
  return { items: rows.map(presentOrganizationSummary), total: total?.n ?? 0, page, perPage };
}
