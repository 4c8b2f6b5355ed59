import { type Executor, networkMembers } from '@bazaarche/db';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';

/** A listing may be sold through a network only by an active member's shop, which then makes and sends the network's orders with the others. */
export async function assertSellsThrough(db: Executor, producerId: string, networkId: string): Promise<void> {
  const [member] = await db
    .select({ status: networkMembers.status })
    .from(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.producerId, producerId), eq(networkMembers.status, 'active')));
  if (!member) throw AppError.invalid({ field: 'networkId', code: 'not_a_member', value: networkId });
}
