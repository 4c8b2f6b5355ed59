import { type Executor, listings, type Network, type NetworkMember, networkMembers, producers } from '@bazaarche/db';
import { networkActionsFor, networkMemberActionsFor } from '@bazaarche/domain';
import type { Locale } from '@bazaarche/i18n';
import type { Storage } from '@bazaarche/media';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../plugins/actor.ts';
import { pageOfListings } from '../catalogue/list-listings.ts';
import { presentListingSummaries } from '../catalogue/present-listing.ts';
import { leads } from './network-access.ts';
import { capacityByTrade, networkTradesOf } from './trade-capacity.ts';

/** What a network's page needs beyond the database: the reader's language and where listing photos are. */
export interface NetworkView {
  locale: Locale;
  storage: Storage;
}

/**
 * The public network page, with the network's listings on sale and what the caller may do with it and
 * each membership; the leader and admins also see who is invited and has not joined yet, and an
 * invited producer their own invitation.
 */
export async function presentNetwork(db: Executor, network: Network, actor: Actor | null, { locale, storage }: NetworkView) {
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
  const ownShop = actor?.producer?.id;
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
    routing: network.routing,
    shipping: { flatFeeMinor: network.shippingFeeMinor, freeAboveMinor: network.freeShippingAboveMinor },
    listings: await presentListingSummaries(db, listingRows, locale, storage),
    members: members
      // An invited producer sees their own invitation, so they can accept it.
      .filter((m) => full || m.status === 'active' || m.ownerUserId === actor?.userId)
      .map(({ ownerUserId: _, ...m }) => ({
        ...m,
        capacityByTrade: byTrade.get(m.producerId) ?? {},
        actions: networkMemberActionsFor({ leads: full, own: m.producerId === ownShop }),
      })),
    actions: networkActionsFor({ leads: full, membership: members.find((m) => m.producerId === ownShop)?.status ?? null }),
  };
}

/** A membership as the API shows it, with the member's capacity in each of the network's trades. */
export async function presentMembership(db: Executor, member: NetworkMember) {
  const byTrade = await capacityByTrade(db, member.networkId, [member]);
  return {
    networkId: member.networkId,
    producerId: member.producerId,
    status: member.status,
    capacityPerWeek: member.capacityPerWeek,
    capacityByTrade: byTrade.get(member.producerId) ?? {},
  };
}
