import { membershipStatuses, organizationKinds, organizationRoles, organizationStatuses } from '@bazaarche/domain';
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from './one-of.ts';
import { provinces } from './taxonomy.ts';
import { users } from './users.ts';

/** An organisation that buys in bulk (a hospital, a bank, a factory): the marketplace's fourth user. */
export const organizations = pgTable(
  'organizations',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    kind: text({ enum: organizationKinds }).notNull(),
    provinceCode: text()
      .notNull()
      .references(() => provinces.code),
    status: text({ enum: organizationStatuses }).notNull().default('pending'),
    rejectionReason: text(),
    approvedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The review queue reads pending organisations oldest first.
    index('organizations_status_idx').on(t.status, t.createdAt),
    // The states and kinds of packages/domain/src/organizations/organization-status.ts.
    check('organizations_status_check', oneOf(t.status, organizationStatuses)),
    check('organizations_kind_check', oneOf(t.kind, organizationKinds)),
  ],
);

/** A colleague in an organisation: invited by one of its admins, a member once they accept. */
export const organizationMembers = pgTable(
  'organization_members',
  {
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text({ enum: organizationRoles }).notNull(),
    status: text({ enum: membershipStatuses }).notNull().default('invited'),
    invitedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    joinedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.userId] }),
    // /v1/me lists a user's organisations on every page.
    index('organization_members_user_idx').on(t.userId),
    check('organization_members_role_check', oneOf(t.role, organizationRoles)),
    check('organization_members_status_check', oneOf(t.status, membershipStatuses)),
  ],
);
