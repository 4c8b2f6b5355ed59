import { allocations, type AllocationRow, type BulkOrder, bulkOrders, categories, type Database, type Executor, ledgerTransactions, networkMembers, networks } from '@bazaarche/db';
import {
  type BulkAllocation,
  checkManualSplit,
  DUE_DATE_MAX_YEARS_AHEAD,
  dueDateProblem,
  endOfCalendarDay,
  freeCapacity,
  type MemberCapacity,
  postBulkAcceptance,
  resplitDeclined,
  type Split,
  splitByCapacity,
} from '@bazaarche/domain';
import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { findCategories } from '../catalogue/taxonomy.ts';
import { postTransactions } from '../ledger/ledger-store.ts';
import { unitsCommitted } from './member-load.ts';
import { findNetwork, leads } from './networks.ts';
import { capacitiesFor } from './trade-capacity.ts';

type Network = typeof networks.$inferSelect;

export interface BulkOrderInput {
  title: string;
  categorySlug: string;
  quantity: number;
  /** A calendar date, YYYY-MM-DD, already known to be a real day. */
  dueDate: string;
  unitPriceMinor: number;
  currency: string;
  spec?: string | undefined;
}

export type SplitRequest = { strategy: 'capacity' } | { strategy: 'manual'; allocations: Array<{ producerId: string; quantity: number }> };

/** Allocations that still hold units of their order: everything but a declined offer. */
const isLive = (a: AllocationRow) => a.status !== 'declined';
/** Units an allocation still has to make (offered or accepted, not yet delivered). */
const unitsToMake = (a: AllocationRow) => (a.status === 'offered' || a.status === 'accepted' ? a.quantity - a.deliveredQuantity : 0);

export async function createBulkOrder(db: Database, actor: Actor, networkId: string, input: BulkOrderInput, now = new Date()) {
  const problem = dueDateProblem(input.dueDate, now);
  if (problem) throw AppError.invalid({ field: 'dueDate', code: problem, value: String(DUE_DATE_MAX_YEARS_AHEAD) });
  return db.transaction(async (tx) => {
    const network = await findNetwork(tx, networkId);
    if (!leads(actor, network)) throw new AppError('forbidden');
    const [category] = await findCategories(tx, [input.categorySlug], 'categorySlug');
    const [order] = await tx
      .insert(bulkOrders)
      .values({
        networkId,
        title: input.title,
        categoryId: category!.id,
        quantity: input.quantity,
        dueDate: input.dueDate,
        unitPriceMinor: input.unitPriceMinor,
        currency: input.currency,
        spec: input.spec ?? null,
        createdByUserId: actor.userId,
      })
      .returning();
    return order!;
  });
}

interface LoadedOrder {
  order: BulkOrder;
  network: Network;
  allocations: AllocationRow[];
  isLeader: boolean;
}

/**
 * A bulk order as `actor` may see it: its network's leader, an admin, or a member with an allocation
 * in it; anyone else gets 404. With `lock`, the order row is locked for the rest of the transaction,
 * so changes to one order's allocations happen one at a time.
 */
async function loadOrder(db: Executor, actor: Actor | null, id: string, { lock = false } = {}): Promise<LoadedOrder> {
  const query = db.select().from(bulkOrders).where(eq(bulkOrders.id, id));
  const [order] = lock ? await query.for('update') : await query;
  if (!order) throw new AppError('bulk_order_not_found');
  const network = await findNetwork(db, order.networkId);
  const rows = await db.select().from(allocations).where(eq(allocations.bulkOrderId, id)).orderBy(asc(allocations.createdAt), asc(allocations.producerId));
  const isLeader = leads(actor, network);
  const allocated = Boolean(actor?.producer && rows.some((a) => a.producerId === actor.producer!.id));
  if (!isLeader && !allocated) throw new AppError('bulk_order_not_found');
  return { order, network, allocations: rows, isLeader };
}

/** Units no live allocation covers: not yet split, declined and not re-split, or rejected and not re-allocated. */
function unplacedOf(order: BulkOrder, rows: AllocationRow[]): number {
  const covered = rows.filter(isLive).reduce((sum, a) => sum + a.quantity - a.rejectedQuantity, 0);
  return Math.max(0, order.quantity - covered);
}

function presentAllocation(a: AllocationRow) {
  return {
    id: a.id,
    bulkOrderId: a.bulkOrderId,
    producerId: a.producerId,
    quantity: a.quantity,
    status: a.status as 'offered' | 'accepted' | 'declined' | 'delivered' | 'checked',
    doneQuantity: a.doneQuantity,
    deliveredQuantity: a.deliveredQuantity,
    acceptedQuantity: a.acceptedQuantity,
    rejectedQuantity: a.rejectedQuantity,
    reallocatedFromId: a.reallocatedFromId,
  };
}

async function present(db: Executor, order: BulkOrder, rows: AllocationRow[]) {
  const [category] = await db.select({ slug: categories.slug }).from(categories).where(eq(categories.id, order.categoryId));
  return {
    id: order.id,
    networkId: order.networkId,
    title: order.title,
    categorySlug: category?.slug ?? '',
    quantity: order.quantity,
    dueDate: order.dueDate,
    unitPriceMinor: order.unitPriceMinor,
    currency: order.currency,
    spec: order.spec,
    status: order.status as 'open' | 'in_progress' | 'completed',
    acceptedQuantity: rows.reduce((sum, a) => sum + a.acceptedQuantity, 0),
    unplaced: unplacedOf(order, rows),
    allocations: rows.map(presentAllocation),
  };
}

export async function getBulkOrder(db: Database, actor: Actor | null, id: string) {
  const { order, allocations: rows } = await loadOrder(db, actor, id);
  return present(db, order, rows);
}

/**
 * Free capacity of the network's active members in the order's trade up to its due date, counting what they still
 * have to make in other bulk orders and in network retail orders (see unitsCommitted, freeCapacity);
 * `thisOrder` also subtracts their units to make in this one, for placing units beside existing allocations.
 */
async function memberCapacities(db: Executor, order: BulkOrder, now: Date, thisOrder: AllocationRow[] = []): Promise<MemberCapacity[]> {
  const members = await capacitiesFor(
    db,
    order.networkId,
    order.categoryId,
    await db
      .select({ producerId: networkMembers.producerId, capacityPerWeek: networkMembers.capacityPerWeek })
      .from(networkMembers)
      .where(and(eq(networkMembers.networkId, order.networkId), eq(networkMembers.status, 'active')))
      // Held until the offers are written, so a member cannot leave between being counted and being offered (see removeMember).
      .for('share'),
  );
  if (members.length === 0) return [];
  const committedOf = await unitsCommitted(db, members.map((m) => m.producerId), { exceptBulkOrderId: order.id });
  return members.map((m) => {
    const here = thisOrder.filter((a) => a.producerId === m.producerId).reduce((sum, a) => sum + unitsToMake(a), 0);
    const free = freeCapacity({ unitsPerWeek: m.capacityPerWeek, now, dueDate: endOfCalendarDay(order.dueDate), unitsCommitted: committedOf.get(m.producerId) ?? 0 });
    return { producerId: m.producerId, freeCapacity: Math.max(0, free - here) };
  });
}

async function insertOffers(db: Executor, orderId: string, split: Split, reallocatedFromId: string | null) {
  if (split.allocations.length === 0) return;
  await db.insert(allocations).values(split.allocations.map((a) => ({ bulkOrderId: orderId, producerId: a.producerId, quantity: a.quantity, reallocatedFromId })));
}

/**
 * Units still to be offered to anyone: unplaced (see unplacedOf) less rejected units waiting to be
 * re-allocated from their allocation (see reallocateRejected). The whole order before its first split;
 * later, what no member had room for at a split or a re-split after a decline.
 */
function unofferedOf(order: BulkOrder, rows: AllocationRow[]): number {
  const rejectedWaiting = rows.reduce((sum, source) => {
    const given = rows.filter((a) => isLive(a) && a.reallocatedFromId === source.id).reduce((n, a) => n + a.quantity, 0);
    return sum + Math.max(0, source.rejectedQuantity - given);
  }, 0);
  return Math.max(0, unplacedOf(order, rows) - rejectedWaiting);
}

/**
 * The leader shares out the units not yet offered to anyone, by free capacity or by their own numbers:
 * the whole order at first, and later what no member had room for then (once someone has).
 */
export async function splitBulkOrder(db: Database, actor: Actor, id: string, request: SplitRequest, now = new Date()) {
  return db.transaction(async (tx) => {
    const { order, network, allocations: rows } = await loadOrder(tx, actor, id, { lock: true });
    if (!leads(actor, network)) throw new AppError('forbidden');
    const units = unofferedOf(order, rows);
    if (order.status === 'completed' || units === 0) throw new AppError('bulk_order_state_conflict', { details: { unoffered: units } });
    const members = await memberCapacities(tx, order, now, rows);
    let split: Split;
    if (request.strategy === 'capacity') split = splitByCapacity(units, members);
    else {
      const checked = checkManualSplit(units, request.allocations, members);
      if (!checked.ok) throw new AppError('invalid_split', { details: checked.issues });
      split = checked.split;
    }
    await insertOffers(tx, order.id, split, null);
    const [updated] = await tx.update(bulkOrders).set({ status: 'in_progress' }).where(eq(bulkOrders.id, order.id)).returning();
    return present(tx, updated!, await tx.select().from(allocations).where(eq(allocations.bulkOrderId, id)).orderBy(asc(allocations.createdAt), asc(allocations.producerId)));
  });
}

export type AllocationAction = { kind: 'accept' } | { kind: 'decline' } | { kind: 'progress'; doneQuantity: number } | { kind: 'deliver' };

/** What an allocated member does with their allocation; anyone else who can see the order gets 403, others 404. */
export async function actOnAllocation(db: Database, actor: Actor, allocationId: string, action: AllocationAction, now = new Date()) {
  return db.transaction(async (tx) => {
    const [found] = await tx.select({ bulkOrderId: allocations.bulkOrderId }).from(allocations).where(eq(allocations.id, allocationId));
    if (!found) throw new AppError('allocation_not_found');
    let loaded: LoadedOrder;
    try {
      loaded = await loadOrder(tx, actor, found.bulkOrderId, { lock: true });
    } catch (error) {
      if (error instanceof AppError && error.status === 404) throw new AppError('allocation_not_found');
      throw error;
    }
    const allocation = loaded.allocations.find((a) => a.id === allocationId)!;
    if (actor.producer?.id !== allocation.producerId) throw new AppError('forbidden');
    const conflict = () => new AppError('allocation_state_conflict', { details: { status: allocation.status } });
    const set = async (values: Partial<AllocationRow>) =>
      (await tx.update(allocations).set({ ...values, updatedAt: now }).where(eq(allocations.id, allocationId)).returning())[0]!;

    switch (action.kind) {
      case 'accept':
        if (allocation.status !== 'offered') throw conflict();
        return { allocation: presentAllocation(await set({ status: 'accepted' })) };
      case 'decline': {
        if (allocation.status !== 'offered') throw conflict();
        // A decline hands back all the member's offered units in this order (see resplitDeclined).
        const offered = loaded.allocations.filter((a) => a.producerId === allocation.producerId && a.status === 'offered');
        const asDomain: BulkAllocation[] = loaded.allocations.map((a) => ({
          producerId: a.producerId,
          quantity: a.quantity,
          status: a.status === 'offered' || a.status === 'declined' ? a.status : 'accepted',
        }));
        const members = await memberCapacities(tx, loaded.order, now);
        const resplit = resplitDeclined(asDomain, allocation.producerId, members);
        await tx
          .update(allocations)
          .set({ status: 'declined', updatedAt: now })
          .where(inArray(allocations.id, offered.map((a) => a.id)));
        const origins = new Set(offered.map((a) => a.reallocatedFromId));
        await insertOffers(tx, loaded.order.id, resplit, origins.size === 1 ? [...origins][0]! : null);
        const [declined] = await tx.select().from(allocations).where(eq(allocations.id, allocationId));
        return { allocation: presentAllocation(declined!), resplit: { allocations: resplit.allocations, unplaced: resplit.unplaced } };
      }
      case 'progress':
        if (allocation.status !== 'accepted' || action.doneQuantity < allocation.doneQuantity) throw conflict();
        if (action.doneQuantity > allocation.quantity) throw AppError.invalid({ field: 'doneQuantity', code: 'invalid', value: String(action.doneQuantity) });
        return { allocation: presentAllocation(await set({ doneQuantity: action.doneQuantity })) };
      case 'deliver':
        // Everything made so far is handed over; the allocation is delivered once all of it is.
        if (allocation.status !== 'accepted' || allocation.doneQuantity <= allocation.deliveredQuantity) throw conflict();
        return {
          allocation: presentAllocation(
            await set({ deliveredQuantity: allocation.doneQuantity, status: allocation.doneQuantity === allocation.quantity ? 'delivered' : 'accepted' }),
          ),
        };
    }
  });
}

/**
 * The leader checks delivered units of an allocation: accepted units are paid through the ledger in
 * the same transaction (the member's share and the network's fee), rejected ones wait to be
 * re-allocated. The order completes when its accepted units reach its quantity.
 */
export async function qualityCheck(db: Database, actor: Actor, id: string, input: { allocationId: string; acceptedQuantity: number; rejectedQuantity: number }) {
  return db.transaction(async (tx) => {
    const { order, network, allocations: rows } = await loadOrder(tx, actor, id, { lock: true });
    if (!leads(actor, network)) throw new AppError('forbidden');
    const allocation = rows.find((a) => a.id === input.allocationId);
    if (!allocation) throw new AppError('allocation_not_found');
    const checked = input.acceptedQuantity + input.rejectedQuantity;
    if (checked === 0) throw AppError.invalid({ field: 'acceptedQuantity', code: 'invalid', value: '0' });
    const unchecked = allocation.deliveredQuantity - allocation.acceptedQuantity - allocation.rejectedQuantity;
    if (checked > unchecked) throw new AppError('quality_check_exceeds_delivered', { details: { uncheckedQuantity: unchecked } });

    const accepted = allocation.acceptedQuantity + input.acceptedQuantity;
    const rejected = allocation.rejectedQuantity + input.rejectedQuantity;
    await tx
      .update(allocations)
      .set({ acceptedQuantity: accepted, rejectedQuantity: rejected, status: accepted + rejected === allocation.quantity ? 'checked' : allocation.status, updatedAt: new Date() })
      .where(eq(allocations.id, allocation.id));

    const eventPrefix = `bulk_acceptance:${order.id}:${allocation.id}:`;
    const posted = await tx.$count(ledgerTransactions, like(ledgerTransactions.eventKey, `${eventPrefix}%`));
    const tx0 = postBulkAcceptance({
      bulkOrderId: order.id,
      allocationId: allocation.id,
      checkNumber: posted + 1,
      networkId: network.id,
      producerId: allocation.producerId,
      acceptedQuantity: input.acceptedQuantity,
      unitPriceMinor: order.unitPriceMinor,
      coordinationFeeBps: network.coordinationFeeBps,
    });
    if (tx0) await postTransactions(tx, [tx0], order.currency);

    const after = await tx.select().from(allocations).where(eq(allocations.bulkOrderId, id)).orderBy(asc(allocations.createdAt), asc(allocations.producerId));
    const total = after.reduce((sum, a) => sum + a.acceptedQuantity, 0);
    const [updated] = total >= order.quantity ? await tx.update(bulkOrders).set({ status: 'completed' }).where(eq(bulkOrders.id, id)).returning() : [order];
    return present(tx, updated!, after);
  });
}

/**
 * The leader gives an allocation's rejected units (those not yet given to anyone) to be made again:
 * to one member, or by free capacity among the members who have declined nothing of this order.
 */
export async function reallocateRejected(db: Database, actor: Actor, id: string, input: { allocationId: string; producerId?: string | undefined }, now = new Date()) {
  return db.transaction(async (tx) => {
    const { order, network, allocations: rows } = await loadOrder(tx, actor, id, { lock: true });
    if (!leads(actor, network)) throw new AppError('forbidden');
    const source = rows.find((a) => a.id === input.allocationId);
    if (!source) throw new AppError('allocation_not_found');
    const given = rows.filter((a) => isLive(a) && a.reallocatedFromId === source.id).reduce((sum, a) => sum + a.quantity, 0);
    const units = source.rejectedQuantity - given;
    if (units <= 0 || order.status === 'completed') throw new AppError('bulk_order_state_conflict', { details: { rejectedToReallocate: Math.max(0, units) } });

    const members = await memberCapacities(tx, order, now, rows);
    let split: Split;
    if (input.producerId) {
      const checked = checkManualSplit(units, [{ producerId: input.producerId, quantity: units }], members);
      if (!checked.ok) throw new AppError('invalid_split', { details: checked.issues });
      split = checked.split;
    } else {
      const declined = new Set(rows.filter((a) => a.status === 'declined').map((a) => a.producerId));
      split = splitByCapacity(
        units,
        members.filter((m) => !declined.has(m.producerId)),
      );
    }
    await insertOffers(tx, order.id, split, source.id);
    const after = await tx.select().from(allocations).where(eq(allocations.bulkOrderId, id)).orderBy(asc(allocations.createdAt), asc(allocations.producerId));
    return present(tx, order, after);
  });
}

/** What a capacity split would give now, written nowhere: the leader's starting point for adjusting it. */
export async function suggestSplit(db: Database, actor: Actor, id: string, now = new Date()) {
  const { order, network, allocations: rows } = await loadOrder(db, actor, id);
  if (!leads(actor, network)) throw new AppError('forbidden');
  const members = await memberCapacities(db, order, now, rows);
  return { ...splitByCapacity(unofferedOf(order, rows), members), members };
}

/** A network's bulk orders, newest first, for its leader, admins and its active members. */
export async function listNetworkBulkOrders(db: Database, actor: Actor, networkId: string) {
  const network = await findNetwork(db, networkId);
  const member =
    actor.producer &&
    (await db
      .select({ status: networkMembers.status })
      .from(networkMembers)
      .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.producerId, actor.producer.id), eq(networkMembers.status, 'active'))))[0];
  if (!leads(actor, network) && !member) throw new AppError('network_not_found');
  const orders = await db.select().from(bulkOrders).where(eq(bulkOrders.networkId, networkId)).orderBy(sql`${bulkOrders.createdAt} desc`);
  if (orders.length === 0) return [];
  const rows = await db.select().from(allocations).where(inArray(allocations.bulkOrderId, orders.map((o) => o.id)));
  return Promise.all(orders.map((order) => present(db, order, rows.filter((a) => a.bulkOrderId === order.id))));
}

/** The caller's shop's allocations across networks, newest first, each with its bulk order's terms. */
export async function listShopAllocations(db: Database, producerId: string) {
  const rows = await db
    .select({ allocation: allocations, order: { id: bulkOrders.id, networkId: bulkOrders.networkId, title: bulkOrders.title, dueDate: bulkOrders.dueDate, unitPriceMinor: bulkOrders.unitPriceMinor, currency: bulkOrders.currency } })
    .from(allocations)
    .innerJoin(bulkOrders, eq(bulkOrders.id, allocations.bulkOrderId))
    .where(eq(allocations.producerId, producerId))
    .orderBy(sql`${allocations.createdAt} desc`);
  return rows.map(({ allocation, order }) => ({ ...presentAllocation(allocation), bulkOrder: order }));
}
