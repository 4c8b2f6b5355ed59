import { bulkOrders, type Database } from '@bazaarche/db';
import { DUE_DATE_MAX_YEARS_AHEAD, dueDateProblem } from '@bazaarche/domain';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { findCategories } from '../catalogue/taxonomy.ts';
import { findNetwork, leads } from '../networks/network-access.ts';
import { bulkOrderCaller, presentBulkOrder } from './present-bulk-order.ts';

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

/** The network's leader (or an admin) gives it a bulk order, open until it is split among members. */
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
    return presentBulkOrder(tx, order!, [], bulkOrderCaller(actor, true));
  });
}
