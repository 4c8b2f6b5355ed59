import type { Storage } from '@bazaarche/media';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DUE_DATE_MAX_YEARS_AHEAD, LIMITS } from '@bazaarche/domain';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.ts';
import { errorResponses } from '../../../errors/error-schema.ts';
import { listingSummary, uuidParam } from '../../../schemas/catalogue.ts';
import { calendarDate, categorySlug, currencyCode, minorAmount, provinceCode, quantity, text } from '../../../schemas/primitives.ts';
import {
  actOnAllocation,
  type AllocationAction,
  createBulkOrder,
  getBulkOrder,
  listNetworkBulkOrders,
  listShopAllocations,
  qualityCheck,
  reallocateRejected,
  splitBulkOrder,
  suggestSplit,
} from '../../../services/networks/bulk-orders.ts';
import { acceptInvitation, createNetwork, declareCapacity, findNetwork, inviteMember, presentMembership, presentNetwork, removeMember, updateNetwork } from '../../../services/networks/networks.ts';

const units = quantity(LIMITS.bulkQuantity, { min: 0 });

const networkBody = z
  .object({
    name: text(120, { min: 2 }),
    provinceCode,
    trades: z.array(categorySlug).min(1).max(20),
    coordinationFeeBps: z.number().int().min(0).max(10_000).optional(),
    routing: z.enum(['manual', 'automatic']).optional(),
    /** The founder's own weekly capacity when they own a shop (and so join as a member); 0 unless given. */
    leaderCapacityPerWeek: quantity(LIMITS.capacityPerWeek, { min: 0 }).optional(),
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

const networkSettingsBody = z
  .object({
    name: text(120, { min: 2 }).optional(),
    coordinationFeeBps: z.number().int().min(0).max(10_000).optional(),
    routing: z.enum(['manual', 'automatic']).optional(),
    shipping: networkShippingInput.optional(),
  })
  .strict()
  .meta({ id: 'NetworkSettingsRequest' });

const capacity = quantity(LIMITS.capacityPerWeek, { min: 0 });

/** Units a week in each of the network's trades, by trade slug: declared for that trade, else the default `capacityPerWeek`. */
const capacityByTrade = z.record(z.string(), z.number().int());

const networkMember = z.object({
  producerId: z.string(),
  /** The shop's page is /producers/:slug. */
  slug: z.string(),
  shopName: z.string(),
  province: z.string(),
  capacityPerWeek: z.number().int(),
  capacityByTrade,
  status: z.enum(['invited', 'active']),
});

const network = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    province: z.string(),
    trades: z.array(z.string()),
    leader: z.object({ userId: z.string(), producerId: z.string().nullable() }),
    coordinationFeeBps: z.number().int(),
    /** How its retail orders reach a member: the leader assigns each (`manual`), or the routing rule does at payment (`automatic`). */
    routing: z.enum(['manual', 'automatic']),
    shipping: networkShipping,
    /** Its listings on sale, newest first (up to 100). */
    listings: z.array(listingSummary),
    /** Active members; the leader and admins also see invitations not yet accepted. */
    members: z.array(networkMember),
  })
  .meta({ id: 'Network' });

const membership = z
  .object({ networkId: z.string(), producerId: z.string(), status: z.enum(['invited', 'active']), capacityPerWeek: z.number().int(), capacityByTrade })
  .meta({ id: 'NetworkMembership' });

const capacityDeclaration = z
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

const allocation = z
  .object({
    id: z.string(),
    bulkOrderId: z.string(),
    producerId: z.string(),
    quantity: z.number().int(),
    status: z.enum(['offered', 'accepted', 'declined', 'delivered', 'checked']),
    doneQuantity: z.number().int(),
    deliveredQuantity: z.number().int(),
    acceptedQuantity: z.number().int(),
    rejectedQuantity: z.number().int(),
    /** Set when the allocation remakes another's rejected units. */
    reallocatedFromId: z.string().nullable(),
  })
  .meta({ id: 'Allocation' });

/** As answered: the day the units are due, YYYY-MM-DD; members may work until it ends in Tehran. */
const dueDay = z.string().meta({ description: 'The day the units are due, YYYY-MM-DD; members may work until that day ends in Tehran (UTC+03:30).' });

const bulkOrder = z
  .object({
    id: z.string(),
    networkId: z.string(),
    title: z.string(),
    categorySlug: z.string(),
    quantity: z.number().int(),
    dueDate: dueDay,
    unitPriceMinor: z.number().int(),
    currency: z.string(),
    spec: z.string().nullable(),
    status: z.enum(['open', 'in_progress', 'completed']),
    /** Units accepted at quality checks so far; the order completes when they reach the quantity. */
    acceptedQuantity: z.number().int(),
    /** Units no live allocation covers: not split yet, declined and not re-split, or rejected and not re-allocated. */
    unplaced: z.number().int(),
    allocations: z.array(allocation),
  })
  .meta({ id: 'BulkOrder' });

const allocationResult = z
  .object({
    allocation,
    /** After a decline: the new offers made to the other members, and the units no one had room for. */
    resplit: z.object({ allocations: z.array(z.object({ producerId: z.string(), quantity: z.number().int() })), unplaced: z.number().int() }).optional(),
  })
  .meta({ id: 'AllocationResult' });

export const networkRoutes: FastifyPluginAsyncZod<{ storage: Storage }> = async (app, { storage }) => {
  const db = app.database.db;
  const tags = ['networks'];
  const secured = { tags, security: [{ bearer: [] }] };
  const idParams = z.object({ id: uuidParam });

  app.post(
    '/networks',
    { preHandler: app.authenticate, schema: { ...secured, body: networkBody, response: { 201: network, ...errorResponses(400, 401, 403, 422) } } },
    async (request, reply) => {
      const actor = await app.requireActor(request);
      const created = await createNetwork(db, actor, request.body);
      return reply.status(201).send(await presentNetwork(db, created, actor, { locale: request.locale, storage }));
    },
  );

  app.get(
    '/networks/:id',
    { preHandler: app.authenticateOptional, schema: { tags, params: idParams, response: { 200: network, ...errorResponses(401, 404) } } },
    async (request) => presentNetwork(db, await findNetwork(db, request.params.id), await app.loadActor(request), { locale: request.locale, storage }),
  );

  app.patch(
    '/networks/:id',
    {
      preHandler: app.authenticate,
      schema: {
        ...secured,
        description: 'The leader (or an admin) changes the network’s name, coordination fee, routing of retail orders, or shipping rule. A new fee applies to what is delivered or checked from now on.',
        params: idParams,
        body: networkSettingsBody,
        response: { 200: network, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const actor = await app.requireActor(request);
      const updated = await updateNetwork(db, actor, request.params.id, request.body);
      return presentNetwork(db, updated, actor, { locale: request.locale, storage });
    },
  );

  app.patch(
    '/networks/:id/members/:producerId',
    {
      preHandler: app.authenticate,
      schema: {
        ...secured,
        description:
          'A member declares the units a week they can make (the leader may set it for them): `capacityPerWeek` for every trade of the network, and `trades: [{ trade, capacityPerWeek }]` for one trade over that (null goes back to the default; a trade the network does not have is 422). It counts from now on in splits (in the bulk order’s trade) and routing (in the trade of the order’s first line); what was already allocated stays. An invited producer may declare it before accepting. Anyone else: 403, or 404 when not a member.',
        params: z.object({ id: uuidParam, producerId: uuidParam }),
        body: capacityDeclaration,
        response: { 200: membership, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      return declareCapacity(db, await app.requireActor(request), request.params.id, request.params.producerId, request.body);
    },
  );

  app.delete(
    '/networks/:id/members/:producerId',
    {
      preHandler: app.authenticate,
      schema: {
        ...secured,
        description:
          'A member leaves the network, or its leader (or an admin) removes them or withdraws an invitation: 204. 409 `network_member_busy` while they have bulk shares not yet checked or retail parts given to them and not yet delivered. Their listings sold through the network go back to their shop alone. Anyone else: 403, or 404 when not a member.',
        params: z.object({ id: uuidParam, producerId: uuidParam }),
        response: { 204: z.null().meta({ description: 'Left or removed' }), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeMember(db, await app.requireActor(request), request.params.id, request.params.producerId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/networks/:id/members',
    {
      preHandler: app.authenticate,
      schema: {
        ...secured,
        params: idParams,
        body: z.object({ producerId: uuidParam, capacityPerWeek: capacity }).strict(),
        response: { 201: membership, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const member = await inviteMember(db, await app.requireActor(request), request.params.id, request.body);
      return reply.status(201).send(await presentMembership(db, member));
    },
  );

  app.post(
    '/networks/:id/members/accept',
    { preHandler: app.authenticate, schema: { ...secured, params: idParams, response: { 200: membership, ...errorResponses(401, 403, 404, 409) } } },
    async (request) => {
      return presentMembership(db, await acceptInvitation(db, await app.requireActor(request), request.params.id));
    },
  );

  app.post(
    '/networks/:id/bulk-orders',
    {
      preHandler: app.authenticate,
      schema: {
        ...secured,
        params: idParams,
        body: z
          .object({
            title: text(200, { min: 2 }),
            categorySlug,
            quantity: quantity(LIMITS.bulkQuantity),
            dueDate: calendarDate.meta({
              description: `The day the units are due, YYYY-MM-DD: from today to ${DUE_DATE_MAX_YEARS_AHEAD} years ahead in Tehran. Free capacity counts whole days up to the end of that day in Tehran (UTC+03:30).`,
            }),
            unitPriceMinor: minorAmount({ min: 1 }),
            currency: currencyCode,
            spec: text(5000, { min: 0 }).optional(),
          })
          .strict(),
        response: { 201: bulkOrder, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const actor = await app.requireActor(request);
      const created = await createBulkOrder(db, actor, request.params.id, request.body);
      return reply.status(201).send(await getBulkOrder(db, actor, created.id));
    },
  );

  app.get(
    '/networks/:id/bulk-orders',
    {
      preHandler: app.authenticate,
      schema: { ...secured, description: 'The network’s bulk orders, newest first: for its leader, admins and active members.', params: idParams, response: { 200: z.object({ items: z.array(bulkOrder) }), ...errorResponses(401, 404) } },
    },
    async (request) => ({ items: await listNetworkBulkOrders(db, await app.requireActor(request), request.params.id) }),
  );

  app.get(
    '/bulk-orders/:id/suggested-split',
    {
      preHandler: app.authenticate,
      schema: {
        ...secured,
        description:
          'What `strategy: "capacity"` would allocate now of the units not yet offered to anyone (the whole order before its first split), written nowhere, with each active member’s free capacity to the due date: the leader adjusts it and sends it as a manual split.',
        params: idParams,
        response: {
          200: z.object({
            allocations: z.array(z.object({ producerId: z.string(), quantity: z.number().int() })),
            unplaced: z.number().int(),
            members: z.array(z.object({ producerId: z.string(), freeCapacity: z.number().int() })),
          }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => suggestSplit(db, await app.requireActor(request), request.params.id),
  );

  app.get(
    '/seller/allocations',
    {
      preHandler: app.authenticate,
      schema: {
        ...secured,
        description: 'The caller’s shop’s shares of bulk orders, newest first: the member’s task list.',
        response: {
          200: z.object({
            items: z.array(
              allocation.extend({
                bulkOrder: z.object({ id: z.string(), networkId: z.string(), title: z.string(), dueDate: dueDay, unitPriceMinor: z.number().int(), currency: z.string() }),
              }),
            ),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => {
      const actor = await app.requireActor(request);
      if (!actor.producer) throw new AppError('no_shop');
      return { items: await listShopAllocations(db, actor.producer.id) };
    },
  );

  app.get(
    '/bulk-orders/:id',
    { preHandler: app.authenticate, schema: { ...secured, params: idParams, response: { 200: bulkOrder, ...errorResponses(401, 404) } } },
    async (request) => getBulkOrder(db, await app.requireActor(request), request.params.id),
  );

  app.post(
    '/bulk-orders/:id/split',
    {
      preHandler: app.authenticate,
      schema: {
        ...secured,
        description:
          'Shares out the units not yet offered to anyone among active members: in proportion to free capacity, or by the leader’s numbers (checked; 422 with the issues). The whole order at first; later, what no member had room for at a split or after a decline, once someone has. Rejected units go through `/reallocate` instead. 409 when nothing is left to offer.',
        params: idParams,
        body: z.discriminatedUnion('strategy', [
          z.object({ strategy: z.literal('capacity') }).strict(),
          z
            .object({
              strategy: z.literal('manual'),
              allocations: z.array(z.object({ producerId: uuidParam, quantity: units }).strict()).min(1).max(1_000),
            })
            .strict(),
        ]),
        response: { 200: bulkOrder, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => splitBulkOrder(db, await app.requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/bulk-orders/:id/quality-check',
    {
      preHandler: app.authenticate,
      schema: {
        ...secured,
        description: 'Records accepted and rejected units of an allocation; accepted units are paid to the member (less the network’s fee) through the ledger.',
        params: idParams,
        body: z.object({ allocationId: uuidParam, acceptedQuantity: units, rejectedQuantity: units }).strict(),
        response: { 200: bulkOrder, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => qualityCheck(db, await app.requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/bulk-orders/:id/reallocate',
    {
      preHandler: app.authenticate,
      schema: {
        ...secured,
        description: 'Offers an allocation’s rejected units to be made again: to one member, or by free capacity.',
        params: idParams,
        body: z.object({ allocationId: uuidParam, producerId: uuidParam.optional() }).strict(),
        response: { 200: bulkOrder, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => reallocateRejected(db, await app.requireActor(request), request.params.id, request.body),
  );

  const actions = ['accept', 'decline', 'deliver'] as const;
  for (const kind of actions) {
    app.post(
      `/allocations/:id/${kind}`,
      { preHandler: app.authenticate, schema: { ...secured, params: idParams, response: { 200: allocationResult, ...errorResponses(401, 403, 404, 409) } } },
      async (request) => actOnAllocation(db, await app.requireActor(request), request.params.id, { kind } as AllocationAction),
    );
  }
  app.post(
    '/allocations/:id/progress',
    {
      preHandler: app.authenticate,
      schema: {
        ...secured,
        params: idParams,
        body: z.object({ doneQuantity: units }).strict(),
        response: { 200: allocationResult, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => actOnAllocation(db, await app.requireActor(request), request.params.id, { kind: 'progress', doneQuantity: request.body.doneQuantity }),
  );
};
