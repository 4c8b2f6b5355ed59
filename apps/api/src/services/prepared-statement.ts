import type { Executor } from '@bazaarche/db';
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

interface Runnable<T> {
  execute(values?: Record<string, unknown>): Promise<T>;
}

/** What drizzle keeps of the connection a database handle or transaction runs on. */
interface Session {
  constructor: unknown;
  client: unknown;
}

/**
 * A statement that drizzle builds once, with placeholders, and runs prepared in the transaction (or
 * database) it is given. Drizzle builds a query's SQL again on every run, a quarter of the API's CPU
 * in checkout (issue 13's profile), and runs a query it prepared on the handle it was built on, so
 * one prepared on the pool would run outside the caller's transaction. This keeps the query drizzle
 * prepared and runs a copy of it on the given handle's own client (drizzle's prepared queries, of
 * both drivers, send through `this.client`; apps/api/test/prepared-statement.test.ts keeps that so).
 */
export function preparedStatement<T>(build: (db: Executor) => Runnable<T>): (db: Executor, values: Record<string, unknown>) => Promise<T> {
  // Built once per driver: postgres.js and PGlite prepare differently.
  const built = new Map<unknown, Runnable<T>>();
  return (db, values) => {
    const { session } = (db as unknown as { _: { session: Session } })._;
    let statement = built.get(session.constructor);
    if (!statement) built.set(session.constructor, (statement = build(db)));
    return (Object.create(statement, { client: { value: session.client } }) as Runnable<T>).execute(values);
  };
}

/**
 * An insert of rows returning them as stored, prepared once for each number of rows and set of
 * columns. Values are encoded here, column by column as drizzle would, leaving a null a null
 * (drizzle's placeholders would hand it to the column's encoder, making a jsonb `null`).
 */
export function preparedInsert<TTable extends PgTable>(table: TTable, name: string) {
  const columns = getTableColumns(table) as Record<string, { mapToDriverValue(value: unknown): unknown }>;
  const byShape = new Map<string, (db: Executor, values: Record<string, unknown>) => Promise<Array<TTable['$inferSelect']>>>();
  return (db: Executor, rows: Array<TTable['$inferInsert']>): Promise<Array<TTable['$inferSelect']>> => {
    const keys = Object.keys(rows[0]!);
    const shape = `${rows.length}:${keys.join(',')}`;
    let statement = byShape.get(shape);
    if (!statement) {
      const placeholders = rows.map((_, i) => Object.fromEntries(keys.map((key) => [key, sql`${sql.placeholder(`${key}_${i}`)}`])));
      statement = preparedStatement((tx) => tx.insert(table).values(placeholders as never).returning().prepare(`${name}_${shape}`) as unknown as Runnable<Array<TTable['$inferSelect']>>);
      byShape.set(shape, statement);
    }
    const values: Record<string, unknown> = {};
    rows.forEach((row, i) => {
      for (const key of keys) {
        const value = (row as Record<string, unknown>)[key];
        values[`${key}_${i}`] = value === null || value === undefined ? null : columns[key]!.mapToDriverValue(value);
      }
    });
    return statement(db, values);
  };
}
