import { sql } from 'drizzle-orm';
import { check, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * Roles come from membership, never from a flag on the user. This is the platform's own
 * membership (its administrators, and finance staff who confirm money arriving at the platform's
 * account); shops, networks and organisations keep their members beside them.
 */
export const platformMemberships = pgTable(
  'platform_memberships',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text().notNull(),
    grantedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] }), check('platform_memberships_role_check', sql`${t.role} in ('admin', 'finance')`)],
);
