import { cartItems, type Database, networkMembers, networks, organizationMembers, organizations, platformMemberships, producers, users } from '@bazaarche/db';
import type { MembershipStatus, OrganizationKind, OrganizationRole, OrganizationStatus } from '@bazaarche/domain';
import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';

type Role = 'buyer' | 'producer' | 'admin' | 'finance';

/** The caller as /v1/me shows them: roles are read from memberships, never stored on the user. */
export async function getProfile(db: Database, userId: string) {
  let query = profileQueries.get(db);
  if (!query) profileQueries.set(db, (query = profileQuery(db)));
  const [row] = await query.execute({ userId });
  if (!row) throw new AppError('invalid_token');
  const producer = row.producerId
    ? { id: row.producerId, slug: row.producerSlug!, shopName: row.producerShopName!, status: row.producerStatus as 'pending' | 'approved' | 'rejected' }
    : null;
  const roles: Role[] = ['buyer', ...(producer ? (['producer'] as const) : []), ...row.platformRoles.map((role) => role as Role)];
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    roles,
    producer,
    networks: [
      ...row.led.map((n) => ({ ...n, role: 'leader' })),
      ...row.joined.filter((n) => !row.led.some((l) => l.id === n.id)).map((n) => ({ id: n.id, name: n.name, role: n.status === 'active' ? 'member' : 'invited' })),
    ],
    organizations: row.organizations,
    cartLineCount: row.cartLineCount,
  };
}

/**
 * Every page of the web asks for this, so it is one round trip, built once per database: seven
 * queries each cost the API a socket write and drizzle a rebuild of its SQL (issue 13's profile).
 */
const profileQueries = new WeakMap<Database, ReturnType<typeof profileQuery>>();

function profileQuery(db: Database) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      platformRoles: sql<string[]>`coalesce((select json_agg(${platformMemberships.role}) from ${platformMemberships} where ${platformMemberships.userId} = ${users.id}), '[]'::json)`,
      producerId: producers.id,
      producerSlug: producers.slug,
      producerShopName: producers.shopName,
      producerStatus: producers.status,
      // Networks the user leads, and those their shop is a member of or invited to.
      led: sql<Array<{ id: string; name: string }>>`coalesce((select json_agg(json_build_object('id', ${networks.id}, 'name', ${networks.name})) from ${networks} where ${networks.leaderUserId} = ${users.id}), '[]'::json)`,
      joined: sql<Array<{ id: string; name: string; status: string }>>`coalesce((
        select json_agg(json_build_object('id', ${networks.id}, 'name', ${networks.name}, 'status', ${networkMembers.status}))
        from ${networkMembers} inner join ${networks} on ${networks.id} = ${networkMembers.networkId}
        where ${networkMembers.producerId} = ${producers.id}), '[]'::json)`,
      // Organisations the user is a member of or invited to, in the order they were invited.
      organizations: sql<Array<{ id: string; name: string; kind: OrganizationKind; status: OrganizationStatus; role: OrganizationRole; memberStatus: MembershipStatus }>>`coalesce((
        select json_agg(json_build_object('id', ${organizations.id}, 'name', ${organizations.name}, 'kind', ${organizations.kind}, 'status', ${organizations.status},
          'role', ${organizationMembers.role}, 'memberStatus', ${organizationMembers.status}) order by ${organizationMembers.invitedAt}, ${organizations.id})
        from ${organizationMembers} inner join ${organizations} on ${organizations.id} = ${organizationMembers.organizationId}
        where ${organizationMembers.userId} = ${users.id}), '[]'::json)`,
      cartLineCount: sql<number>`(select count(*) from ${cartItems} where ${cartItems.userId} = ${users.id})`.mapWith(Number),
    })
    .from(users)
    // One shop per owner (producers_owner_key), so the join never repeats the user. The join also
    // makes drizzle qualify every column, which the correlated subqueries above depend on.
    .leftJoin(producers, eq(producers.ownerUserId, users.id))
    .where(eq(users.id, sql.placeholder('userId')))
    .prepare('profile');
}
