import { allocations, type AllocationRow, type Executor } from '@bazaarche/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';

/** The refusal of a step the allocation's state does not allow. */
export function allocationConflict(allocation: AllocationRow): AppError {
  return new AppError('allocation_state_conflict', { details: { status: allocation.status } });
}

/** Writes a member's step on their allocation and gives the row back. */
export async function changeAllocation(tx: Executor, allocationId: string, values: Partial<AllocationRow>, now: Date): Promise<AllocationRow> {
  const [row] = await tx.update(allocations).set({ ...values, updatedAt: now }).where(eq(allocations.id, allocationId)).returning();
  return row!;
}
