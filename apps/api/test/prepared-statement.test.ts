import { orderLines, outbox } from '@bazaarche/db';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedInsert, preparedStatement } from '../src/services/prepared-statement.ts';
import { createTestApp, publishedListing, registerAdmin, registerProducer, registerUser, shippingAddressInput, type TestApp } from './support.ts';

const onPostgres = Boolean(process.env.DATABASE_URL);

describe(`statements built once, run in the transaction given, on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  const addToOutbox = preparedInsert(outbox, 'test_outbox');
  const countTopic = preparedStatement((db) =>
    db
      .select({ n: count() })
      .from(outbox)
      .where(eq(outbox.topic, sql.placeholder('topic')))
      .prepare('test_outbox_count'),
  );
  const inOutbox = async (topic: string) => (await countTopic(t.database.db, { topic }))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('writes inside the transaction it is given, each time on that transaction’s connection', async () => {
    const topic = `test.${Date.now()}`;
    const rolledBack = (subjectIds: string[], before: number) =>
      expect(
        t.database.db.transaction(async (tx) => {
          const written = await addToOutbox(
            tx,
            subjectIds.map((subjectId) => ({ topic, subjectId })),
          );
          expect(written.map((row) => [row.topic, row.subjectId, row.attempts])).toEqual(subjectIds.map((id) => [topic, id, 0]));
          expect((await countTopic(tx, { topic }))[0]!.n).toBe(before + subjectIds.length);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
    await rolledBack(['a', 'b'], 0);
    // Had they run anywhere but in the transaction, on the pool or on the connection of the one that built them, they would have outlived its rollback.
    expect(await inOutbox(topic)).toBe(0);
    await t.database.db.transaction((tx) => addToOutbox(tx, [{ topic, subjectId: 'c' }, { topic, subjectId: 'd' }]));
    expect(await inOutbox(topic)).toBe(2);
    await rolledBack(['e', 'f'], 2);
    expect(await inOutbox(topic)).toBe(2);
  });

  it.runIf(onPostgres)('runs on the connection of each transaction, not of the one it was built in', async () => {
    const topic = `test.${Date.now()}.concurrent`;
    const add = preparedInsert(outbox, 'test_outbox_concurrent');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let built!: () => void;
    const ready = new Promise<void>((resolve) => (built = resolve));
    // Built in a transaction that stays open, and is rolled back after another has committed through it.
    const first = t.database.db.transaction(async (tx) => {
      await add(tx, [{ topic, subjectId: 'first' }]);
      built();
      await held;
      throw new Error('rolled back');
    });
    await ready;
    await t.database.db.transaction((tx) => add(tx, [{ topic, subjectId: 'second' }]));
    release();
    await expect(first).rejects.toThrow('rolled back');
    expect(await inOutbox(topic)).toBe(1);
  });

  it('stores a null as NULL, in jsonb and timestamp columns too, through checkout', async () => {
    const admin = await registerAdmin(t);
    const seller = await registerProducer(t, admin);
    const buyer = await registerUser(t.app);
    const listing = await publishedListing(t, seller, { stock: 3 });
    const placed = await t.app.inject({
      method: 'POST',
      url: '/v1/orders',
      headers: buyer.auth,
      payload: { shippingAddress: shippingAddressInput, paymentMethod: 'manual', items: [{ listingId: listing.id, quantity: 1 }] },
    });
    expect(placed.statusCode, placed.body).toBe(201);
    const lines = await t.database.db
      .select({ n: count() })
      .from(orderLines)
      .where(and(eq(orderLines.orderId, placed.json().id), isNull(orderLines.variantAttributes), isNull(orderLines.shipBy), isNull(orderLines.variantId)));
    expect(lines[0]!.n).toBe(1);
  });
});
