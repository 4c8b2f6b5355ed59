import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

// The values are written into the constraint's SQL (a check cannot take parameters), so only plain
// identifiers are accepted: a quote or a space in one is a bug in the array, caught as the schema loads.
const VALUE = /^[a-z][a-z0-9_]*$/;

/**
 * `<column> in ('a', 'b', …)` from a domain array (`orderStatuses`), for a check constraint: the
 * allowed values are the domain's, written once. Null passes, as `in` leaves it unknown; a nullable
 * column stays nullable and a required one says so with `notNull()`.
 */
export function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  if (values.length === 0) throw new RangeError(`No values allowed for ${column.name}`);
  for (const value of values) if (!VALUE.test(value)) throw new RangeError(`Not a plain value for ${column.name}: ${JSON.stringify(value)}`);
  return sql`${column} in (${sql.raw(values.map((value) => `'${value}'`).join(', '))})`;
}
