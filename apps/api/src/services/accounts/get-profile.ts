import { cartItems, type Database, networkMembers, networks, platformMemberships, producers, users } from '@bazaarche/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';

export type Role = 'buyer' | 'producer' | 'admin' | 'finance';

/** The caller as /v1/me shows them: roles are read from memberships, never stored on the user. */
export async function getProfile(db: Database, userId: string) {
  // Every page of the web asks for this: the independent reads go to the server together.
  const [[user], platformRoles, [producer], led, cartLineCount] = await Promise.all([
    db.select().from(users).where(eq(users.id, userId)),
    db.select({ role: platformMemberships.role }).from(platformMemberships).where(eq(platformMemberships.userId, userId)),
    db.select({ id: producers.id, slug: producers.slug, shopName: producers.shopName, status: producers.status }).from(producers).where(eq(producers.ownerUserId, userId)),
    // Networks the user leads; those their shop is a member of or invited to are read below.
    db.select({ id: networks.id, name: networks.name }).from(networks).where(eq(networks.leaderUserId, userId)),
    db.$count(cartItems, eq(cartItems.userId, userId)),
  ]);
  if (!user) throw new AppError('invalid_token', { status: 401 });
  const roles: Role[] = ['buyer', ...(producer ? (['producer'] as const) : []), ...platformRoles.map((m) => m.role as Role)];
  const joined = producer
    ? await db
        .select({ id: networks.id, name: networks.name, status: networkMembers.status })
        .from(networkMembers)
        .innerJoin(networks, eq(networks.id, networkMembers.networkId))
        .where(eq(networkMembers.producerId, producer.id))
    : [];
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    roles,
    producer: producer ? { ...producer, status: producer.status as 'pending' | 'approved' | 'rejected' } : null,
    networks: [
      ...led.map((n) => ({ ...n, role: 'leader' })),
      ...joined.filter((n) => !led.some((l) => l.id === n.id)).map((n) => ({ id: n.id, name: n.name, role: n.status === 'active' ? 'member' : 'invited' })),
    ],
    organizations: [],
    cartLineCount,
  };
}
