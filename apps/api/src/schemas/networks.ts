import { LIMITS, membershipStatuses, networkActions, networkMemberActions, networkRoutings } from '@bazaarche/domain';
import { z } from 'zod';
import { listingSummary } from './catalogue.ts';
import { categorySlug, minorAmount, provinceCode, quantity, text, uuid } from './primitives.ts';

export const networkParams = z.object({ id: uuid });
export const networkMemberParams = z.object({ id: uuid, producerId: uuid });

const routing = z.enum(networkRoutings);
const membershipStatus = z.enum(membershipStatuses);
const capacity = quantity(LIMITS.capacityPerWeek, { min: 0 });

export const networkBody = z
  .object({
    name: text(120, { min: 2 }),
    provinceCode,
    trades: z.array(categorySlug).min(1).max(20),
    coordinationFeeBps: z.number().int().min(0).max(10_000).optional(),
    routing: routing.optional(),
    /** The founder's own weekly capacity when they own a shop (and so join as a member); 0 unless given. */
    leaderCapacityPerWeek: capacity.optional(),
  })
  .strict();

/** A shop's shipping rule, for the network's listings: a flat fee per order, free at or above a subtotal (null: never free). */
const networkShipping = z
  .object({ flatFeeMinor: z.number().int().min(0).max(1e13), freeAboveMinor: z.number().int().min(1).max(1e13).nullable() })
  .strict()
  .meta({ id: 'NetworkShipping' });

const shippingFee = minorAmount({ max: LIMITS.shippingFeeMinor });
/** The same rule as a request: bounded like a shop's, so no order's shipping can overflow. */
const networkShippingInput = z
  .object({ flatFeeMinor: shippingFee, freeAboveMinor: shippingFee.min(1).nullable() })
  .strict()
  .meta({ id: 'NetworkShippingRequest' });

export const networkSettingsBody = z
  .object({
    name: text(120, { min: 2 }).optional(),
    coordinationFeeBps: z.number().int().min(0).max(10_000).optional(),
    routing: routing.optional(),
    shipping: networkShippingInput.optional(),
  })
  .strict()
  .meta({ id: 'NetworkSettingsRequest' });

/** Units a week in each of the network's trades, by trade slug: declared for that trade, else the default `capacityPerWeek`. */
const capacityByTrade = z.record(z.string(), z.number().int());

const networkMemberAction = z.enum(networkMemberActions).meta({
  id: 'NetworkMemberAction',
  description:
    'What the caller may do with this membership now, named after its route on /v1/networks/{id}/members/{producerId}: `update` (PATCH, the weekly capacity), `remove` (DELETE: the member leaves, or the leader removes them or withdraws the invitation; refused with 409 while they have work in hand).',
});

const networkMember = z.object({
  producerId: z.string(),
  /** The shop's page is /producers/:slug. */
  slug: z.string(),
  shopName: z.string(),
  province: z.string(),
  capacityPerWeek: z.number().int(),
  capacityByTrade,
  status: membershipStatus,
  actions: z.array(networkMemberAction),
});

const networkAction = z.enum(networkActions).meta({
  id: 'NetworkAction',
  description:
    'What the caller may do with the network now, named after its route: `update` (PATCH /v1/networks/{id}), `invite_member` (POST …/members), `accept_invitation` (POST …/members/accept), `create_bulk_order` (POST …/bulk-orders), `list_bulk_orders` (GET …/bulk-orders), `assign_fulfilments` (POST /v1/fulfilments/{id}/assign for its retail parts).',
});

export const network = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    province: z.string(),
    trades: z.array(z.string()),
    leader: z.object({ userId: z.string(), producerId: z.string().nullable() }),
    coordinationFeeBps: z.number().int(),
    /** How its retail orders reach a member: the leader assigns each (`manual`), or the routing rule does at payment (`automatic`). */
    routing,
    shipping: networkShipping,
    /** Its listings on sale, newest first (up to 100). */
    listings: z.array(listingSummary),
    /** Active members; the leader and admins also see invitations not yet accepted. */
    members: z.array(networkMember),
    actions: z.array(networkAction),
  })
  .meta({ id: 'Network' });

export const membership = z
  .object({ networkId: z.string(), producerId: z.string(), status: membershipStatus, capacityPerWeek: z.number().int(), capacityByTrade })
  .meta({ id: 'NetworkMembership' });

export const inviteMemberBody = z.object({ producerId: uuid, capacityPerWeek: capacity }).strict();

export const capacityDeclaration = z
  .object({
    capacityPerWeek: capacity.optional(),
    trades: z
      .array(z.object({ trade: categorySlug, capacityPerWeek: capacity.nullable() }).strict())
      .max(20)
      .optional(),
  })
  .strict()
  .refine((body) => body.capacityPerWeek !== undefined || (body.trades?.length ?? 0) > 0, 'capacityPerWeek or trades is required')
  .meta({ id: 'CapacityDeclaration' });
