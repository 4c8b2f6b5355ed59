// Money is integer minor units in a double: exact up to MAX_SAFE_INTEGER, so every step checks it
// stays there rather than let a total round silently.

/**
 * A total that would pass MAX_SAFE_INTEGER. Input is bounded so that none can; stored data from before
 * the bounds still may, and the API answers it as a refusal of the request, not as a fault.
 */
export class MinorUnitsOverflowError extends RangeError {
  override name = 'MinorUnitsOverflowError';
}

/** Throws a RangeError unless value is a whole, non-negative amount a double holds exactly. */
export function assertMinorUnits(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative safe integer, got ${value}`);
}

/**
 * Adds amounts exactly or throws a RangeError. Amounts may be signed (ledger entries are), but each must
 * be a safe integer: then both operands of each step are safe, so the sum is exact whenever the true sum
 * is safe, and any true sum past the limit lands on 2^53 or beyond: never safe.
 */
export function sumMinorUnits(amounts: readonly number[], name: string): number {
  let total = 0;
  for (const amount of amounts) {
    if (!Number.isSafeInteger(amount)) throw new RangeError(`${name}: ${amount} is not a safe integer`);
    total = checked(total + amount, name);
  }
  return total;
}

export function multiplyMinorUnits(amount: number, factor: number, name: string): number {
  return checked(amount * factor, name);
}

// Inputs are safe integers (a sum checks its own; a product's callers assert theirs non-negative), so a true
// result past MAX_SAFE_INTEGER rounds to 2^53 or more in magnitude: never safe.
function checked(result: number, name: string): number {
  if (!Number.isSafeInteger(result)) throw new MinorUnitsOverflowError(`${name} exceeds Number.MAX_SAFE_INTEGER`);
  return result;
}
