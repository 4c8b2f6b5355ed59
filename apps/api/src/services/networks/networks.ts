import {
  allocations,
  bulkOrders,
  type Database,
  type Executor,
  fulfilments,
  listings,
  networkMemberCapacities,
  networkMembers,
  networks,
  networkTrades,
  producers,
} from '@bazaarche/db';
import { slugify, uniqueSlug } from '@bazaarche/domain';
import type { Locale } from '@bazaarche/i18n';
import type { Storage } from '@bazaarche/media';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { pageOfListings } from '../catalogue/list-listings.ts';
import { presentListingSummaries } from '../catalogue/present-listing.ts';
import { assertProvinceExists, findCategories } from '../catalogue/taxonomy.ts';
import { enqueueSearchUpdate } from '../search/enqueue-search-update.ts';
import { capacityByTrade, networkTradesOf } from './trade-capacity.ts';

export interface NetworkInput {
  name: string;
  provinceCode: string;
  trades: string[];
  coordinationFeeBps?: number | undefined;
  routing?: 'manual' | 'automatic' | undefined;
  /** The founder's own capacity, when they own a shop and so join as a member; 0 unless given. */
  leaderCapacityPerWeek?: number | undefined;
}

function approvedProducer(actor: Actor): string | null {
  return actor.producer?.status === 'approved' ? actor.producer.id : null;
}

/** An approved producer or an admin founds a network and leads it; a founder with a shop is also its first member. */
export async function createNetwork(db: Database, actor: Actor, input: NetworkInput) {
  const ownShop = approvedProducer(actor);
  if (!ownShop && !actor.isAdmin) throw new AppError(actor.producer ? 'approved_shop_required' : 'no_shop');
  return db.transaction(async (tx) => {
    await assertProvinceExists(tx, input.provinceCode);
    const trades = await findCategories(tx, input.trades, 'trades');
    for (let attempt = 0; attempt < 5; attempt++) {
      const slug = await uniqueSlug(slugify(input.name), async (candidate) => {
        const [taken] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, candidate));
        return Boolean(taken);
      });
      const [network] = await tx
        .insert(networks)
        .values({
          slug,
          name: input.name,
          provinceCode: input.provinceCode,
          leaderUserId: actor.userId,
          coordinationFeeBps: input.coordinationFeeBps ?? 500,
          routing: input.routing ?? 'manual',
        })
        .onConflictDoNothing()
        .returning();
      if (!network) continue;
      await tx.insert(networkTrades).values(trades.map((t) => ({ networkId: network.id, categoryId: t.id })));
      if (ownShop) {
        await tx
          .insert(networkMembers)
          .values({ networkId: network.id, producerId: ownShop, status: 'active', capacityPerWeek: input.leaderCapacityPerWeek ?? 0, joinedAt: new Date() });
      }
      return network;
    }
    throw new Error('No free network slug after 5 attempts');
  });
}

export async function findNetwork(db: Executor, id: string) {
  const [network] = await db.select().from(networks).where(eq(networks.id, id));
  if (!network) throw new AppError('network_not_found');
  return network;
}

export function leads(actor: Actor | null, network: { leaderUserId: string }): boolean {
  return Boolean(actor && (actor.isAdmin || actor.userId === network.leaderUserId));
}

/**
 * The public network page, with the network's listings on sale; the leader and admins also see who is
 * invited and has not joined yet, and an invited producer their own invitation.
 */
export async function presentNetwork(db: Executor, network: typeof networks.$inferSelect, actor: Actor | null, { locale, storage }: { locale: Locale; storage: Storage }) {
  const trades = await networkTradesOf(db, network.id);
  const members = await db
    .select({
      producerId: networkMembers.producerId,
      slug: producers.slug,
      shopName: producers.shopName,
      province: producers.provinceCode,
      capacityPerWeek: networkMembers.capacityPerWeek,
      status: networkMembers.status,
      ownerUserId: producers.ownerUserId,
    })
    .from(networkMembers)
    .innerJoin(producers, eq(producers.id, networkMembers.producerId))
    .where(eq(networkMembers.networkId, network.id))
    .orderBy(asc(networkMembers.invitedAt), asc(networkMembers.producerId));
  const [leaderShop] = await db.select({ id: producers.id }).from(producers).where(eq(producers.ownerUserId, network.leaderUserId));
  const full = leads(actor, network);
  const onSale = and(
    eq(listings.networkId, network.id),
    eq(listings.status, 'active'),
    inArray(listings.producerId, db.select({ id: producers.id }).from(producers).where(eq(producers.status, 'approved'))),
  );
  const { rows: listingRows } = await pageOfListings(db, onSale, { page: 1, perPage: 100 });
  const byTrade = await capacityByTrade(db, network.id, members);
  return {
    id: network.id,
    slug: network.slug,
    name: network.name,
    province: network.provinceCode,
    trades: trades.map((t) => t.slug),
    leader: { userId: network.leaderUserId, producerId: leaderShop?.id ?? null },
    coordinationFeeBps: network.coordinationFeeBps,
    routing: network.routing as 'manual' | 'automatic',
    shipping: { flatFeeMinor: network.shippingFeeMinor, freeAboveMinor: network.freeShippingAboveMinor },
    listings: await presentListingSummaries(db, listingRows, locale, storage),
    members: members
      // An invited producer sees their own invitation, so they can accept it.
      .filter((m) => full || m.status === 'active' || m.ownerUserId === actor?.userId)
      .map(({ ownerUserId: _, status, ...m }) => ({ ...m, capacityByTrade: byTrade.get(m.producerId) ?? {}, status: status as 'invited' | 'active' })),
  };
}

/** The leader (or an admin) invites an approved producer, with the capacity they will work to. */
export async function inviteMember(db: Database, actor: Actor, networkId: string, input: { producerId: string; capacityPerWeek: number }) {
  return db.transaction(async (tx) => {
    const network = await findNetwork(tx, networkId);
    if (!leads(actor, network)) throw new AppError('forbidden');
    const [producer] = await tx.select({ status: producers.status }).from(producers).where(eq(producers.id, input.producerId));
    if (producer?.status !== 'approved') throw AppError.invalid({ field: 'producerId', code: 'producer_not_eligible', value: input.producerId });
    const [member] = await tx
      .insert(networkMembers)
      .values({ networkId, producerId: input.producerId, capacityPerWeek: input.capacityPerWeek, status: 'invited' })
      .onConflictDoNothing()
      .returning();
    if (!member) throw new AppError('network_member_exists');
    return member;
  });
}

export interface CapacityDeclaration {
  /** Units a week in every trade the member declares nothing else for. */
  capacityPerWeek?: number | undefined;
  /** Units a week in one of the network's trades; null goes back to the default. */
  trades?: Array<{ trade: string; capacityPerWeek: number | null }> | undefined;
}

/**
 * A membership, locked for the rest of the transaction, when the caller is that member's shop or leads
 * the network; 404 when the producer is not a member (nor invited), 403 for anyone else.
 */
async function lockMembership(tx: Executor, actor: Actor, networkId: string, producerId: string) {
  const network = await findNetwork(tx, networkId);
  const where = and(eq(networkMembers.networkId, networkId), eq(networkMembers.producerId, producerId));
  const [member] = await tx.select().from(networkMembers).where(where).for('update');
  if (!member) throw new AppError('network_member_not_found');
  if (!leads(actor, network) && actor.producer?.id !== producerId) throw new AppError('forbidden');
  return { member, where };
}

/**
 * Routing decisions of one network are made one at a time: two payments at once would otherwise both
 * count the same free capacity and give it twice, and a member could be picked while leaving.
 * `no key update` leaves checkouts, which only reference the network, free to go on.
 */
export async function lockNetworkRouting(tx: Executor, networkId: string): Promise<void> {
  await tx.select({ id: networks.id }).from(networks).where(eq(networks.id, networkId)).for('no key update');
}

/** A member (or the network's leader for them) declares the units a week the member can make, overall or in each trade. */
export async function declareCapacity(db: Database, actor: Actor, networkId: string, producerId: string, declaration: CapacityDeclaration) {
  return db.transaction(async (tx) => {
    const { member: existing, where } = await lockMembership(tx, actor, networkId, producerId);
    const trades = await networkTradesOf(tx, networkId);
    const declared = (declaration.trades ?? []).map((entry, index) => {
      const trade = trades.find((t) => t.slug === entry.trade);
      if (!trade) throw AppError.invalid({ field: `trades.${index}.trade`, code: 'unknown_category', value: entry.trade });
      return { categoryId: trade.id, capacityPerWeek: entry.capacityPerWeek };
    });
    const member = declaration.capacityPerWeek === undefined ? existing : (await tx.update(networkMembers).set({ capacityPerWeek: declaration.capacityPerWeek }).where(where).returning())[0]!;
    for (const { categoryId, capacityPerWeek } of declared) {
      const key = and(eq(networkMemberCapacities.networkId, networkId), eq(networkMemberCapacities.producerId, producerId), eq(networkMemberCapacities.categoryId, categoryId));
      if (capacityPerWeek === null) await tx.delete(networkMemberCapacities).where(key);
      else {
        await tx
          .insert(networkMemberCapacities)
          .values({ networkId, producerId, categoryId, capacityPerWeek })
          .onConflictDoUpdate({ target: [networkMemberCapacities.networkId, networkMemberCapacities.producerId, networkMemberCapacities.categoryId], set: { capacityPerWeek } });
      }
    }
    return presentMembership(tx, member);
  });
}

/** A membership as the API shows it, with the member's capacity in each of the network's trades. */
export async function presentMembership(db: Executor, member: typeof networkMembers.$inferSelect) {
  const byTrade = await capacityByTrade(db, member.networkId, [member]);
  return {
    networkId: member.networkId,
    producerId: member.producerId,
    status: member.status as 'invited' | 'active',
    capacityPerWeek: member.capacityPerWeek,
    capacityByTrade: byTrade.get(member.producerId) ?? {},
  };
}

/**
 * A member leaves, or the leader (or an admin) removes them or withdraws an invitation. Refused (409)
 * while they have work in hand for the network: bulk allocations not yet checked, or retail parts given
 * to them and not yet delivered. Their listings sold through the network go back to their shop alone.
 */
export async function removeMember(db: Database, actor: Actor, networkId: string, producerId: string): Promise<void> {
  await db.transaction(async (tx) => {
    // Routing takes the same lock, so no routing decision can pick the member meanwhile.
    await lockNetworkRouting(tx, networkId);
    const { where } = await lockMembership(tx, actor, networkId, producerId);

    const [[bulk], [retail]] = await Promise.all([
      tx
        .select({ n: count() })
        .from(allocations)
        .innerJoin(bulkOrders, eq(bulkOrders.id, allocations.bulkOrderId))
        .where(and(eq(bulkOrders.networkId, networkId), eq(allocations.producerId, producerId), inArray(allocations.status, ['offered', 'accepted', 'delivered']))),
      tx
        .select({ n: count() })
        .from(fulfilments)
        .where(and(eq(fulfilments.networkId, networkId), eq(fulfilments.producerId, producerId), inArray(fulfilments.status, ['awaiting_payment', 'processing', 'shipped']))),
    ]);
    const work = { allocations: bulk?.n ?? 0, fulfilments: retail?.n ?? 0 };
    if (work.allocations > 0 || work.fulfilments > 0) throw new AppError('network_member_busy', { details: work });

    await tx.delete(networkMembers).where(where);
    const listed = await tx
      .update(listings)
      .set({ networkId: null, updatedAt: new Date() })
      .where(and(eq(listings.networkId, networkId), eq(listings.producerId, producerId)))
      .returning({ id: listings.id });
    await enqueueSearchUpdate(tx, listed.map((l) => l.id));
  });
}

/** The invited producer's owner joins the network. */
export async function acceptInvitation(db: Database, actor: Actor, networkId: string) {
  await findNetwork(db, networkId);
  if (!actor.producer) throw new AppError('network_invitation_missing');
  const where = and(eq(networkMembers.networkId, networkId), eq(networkMembers.producerId, actor.producer.id));
  const [existing] = await db.select().from(networkMembers).where(where);
  if (!existing) throw new AppError('network_invitation_missing');
  const [member] = await db
    .update(networkMembers)
    .set({ status: 'active', joinedAt: new Date() })
    .where(and(where, eq(networkMembers.status, 'invited')))
    .returning();
  if (!member) throw new AppError('network_member_exists');
  return member;
}

export interface NetworkSettings {
  name?: string | undefined;
  coordinationFeeBps?: number | undefined;
  routing?: 'manual' | 'automatic' | undefined;
  shipping?: { flatFeeMinor: number; freeAboveMinor: number | null } | undefined;
}

/**
 * The leader (or an admin) changes how the network works. A new coordination fee applies to what is
 * delivered or checked from now on; what was posted keeps the rate it was posted at.
 */
export async function updateNetwork(db: Database, actor: Actor, networkId: string, settings: NetworkSettings) {
  return db.transaction(async (tx) => {
    const network = await findNetwork(tx, networkId);
    if (!leads(actor, network)) throw new AppError('forbidden');
    const changes = {
      ...(settings.name !== undefined && { name: settings.name }),
      ...(settings.coordinationFeeBps !== undefined && { coordinationFeeBps: settings.coordinationFeeBps }),
      ...(settings.routing !== undefined && { routing: settings.routing }),
      ...(settings.shipping !== undefined && { shippingFeeMinor: settings.shipping.flatFeeMinor, freeShippingAboveMinor: settings.shipping.freeAboveMinor }),
    };
    // An empty change changes nothing; drizzle refuses an UPDATE with nothing to set (a 500 before).
    const [updated] = Object.keys(changes).length === 0 ? [network] : await tx.update(networks).set(changes).where(eq(networks.id, networkId)).returning();
    // Its listings are found by its name too.
    if (settings.name !== undefined && settings.name !== network.name) {
      const sold = await tx.select({ id: listings.id }).from(listings).where(eq(listings.networkId, networkId));
      await enqueueSearchUpdate(tx, sold.map((l) => l.id));
    }
    return updated!;
  });
}

/** A listing may be sold through a network only by an active member's shop, which then makes and sends the network's orders with the others. */
export async function assertSellsThrough(db: Executor, producerId: string, networkId: string): Promise<void> {
  const [member] = await db
    .select({ status: networkMembers.status })
    .from(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.producerId, producerId), eq(networkMembers.status, 'active')));
  if (!member) throw AppError.invalid({ field: 'networkId', code: 'not_a_member', value: networkId });
}
