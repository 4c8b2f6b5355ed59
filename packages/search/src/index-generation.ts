import { type Database, queryRows, searchIndexGeneration } from '@bazaarche/db';
import { sql } from 'drizzle-orm';
import type { IndexGeneration } from './cached.ts';

/** The index's generation as a database sequence: shared by every process, cheap to read, and never rolled back. */
export function createIndexGeneration(db: Database): IndexGeneration {
  return {
    async current() {
      // A sequence not yet advanced shows its start value with is_called false.
      const [row] = await queryRows<{ value: string | number }>(
        db,
        sql`select case when is_called then last_value else 0 end as value from ${sql.identifier(searchIndexGeneration.seqName!)}`,
      );
      return BigInt(row!.value);
    },
    async advance() {
      await db.execute(sql`select nextval(${searchIndexGeneration.seqName!})`);
    },
  };
}
