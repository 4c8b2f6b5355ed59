import { createTestDatabase, type TestDatabase } from '@bazaarche/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advancingGeneration, createAnswerCache } from './cached.ts';
import { createIndexGeneration } from './index-generation.ts';
import type { CatalogSearch, SearchDocument } from './port.ts';

/** A computation that answers with how many times it has run, so a kept answer shows. */
function counter() {
  let runs = 0;
  let gate: Promise<void> = Promise.resolve();
  let failNext = false;
  return {
    get runs() {
      return runs;
    },
    compute: async () => {
      const run = ++runs;
      await gate;
      if (failNext) {
        failNext = false;
        throw new Error('engine down');
      }
      return { run };
    },
    hold() {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return release;
    },
    failOnce() {
      failNext = true;
    },
  };
}

const engine: CatalogSearch = {
  kind: 'postgres',
  configure: async () => {},
  index: async () => {},
  remove: async () => {},
  clear: async () => {},
  search: async () => ({ ids: [], total: 0, facets: { category: {}, province: {} } }),
  suggest: async () => [],
  probe: async () => true,
};
const document = { id: '00000000-0000-4000-8000-000000000001' } as SearchDocument;
const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('answers cached until the index changes', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.DATABASE_URL);
  });
  afterAll(() => database.close());

  it('keeps an answer per key', async () => {
    const cache = createAnswerCache<{ run: number }>(createIndexGeneration(database.db), { maxEntries: 10 });
    const honey = counter();
    expect(await cache.get('عسل', honey.compute)).toEqual({ run: 1 });
    expect(await cache.get('عسل', honey.compute)).toEqual({ run: 1 });
    expect(await cache.get('حوله', honey.compute)).toEqual({ run: 2 });
  });

  it('computes again after a change to the index made in this process or another', async () => {
    const cacheHere = createAnswerCache<{ run: number }>(createIndexGeneration(database.db), { maxEntries: 10 });
    const cacheThere = createAnswerCache<{ run: number }>(createIndexGeneration(database.db), { maxEntries: 10 });
    const otherProcess = advancingGeneration(engine, createIndexGeneration(database.db));
    const here = counter();
    const there = counter();
    await cacheHere.get('q', here.compute);
    await cacheThere.get('q', there.compute);

    await otherProcess.index([document]);
    expect(await cacheHere.get('q', here.compute)).toEqual({ run: 2 });
    expect(await cacheThere.get('q', there.compute)).toEqual({ run: 2 });

    await otherProcess.remove([document.id]);
    expect(await cacheHere.get('q', here.compute)).toEqual({ run: 3 });
    await otherProcess.clear();
    expect(await cacheHere.get('q', here.compute)).toEqual({ run: 4 });
  });

  it('does not retire answers for a change that changed nothing', async () => {
    const generation = createIndexGeneration(database.db);
    const cache = createAnswerCache(generation, { maxEntries: 10 });
    const search = advancingGeneration(engine, generation);
    const honey = counter();
    await cache.get('q', honey.compute);
    await search.index([]);
    await search.remove([]);
    await cache.get('q', honey.compute);
    expect(honey.runs).toBe(1);
  });

  it('computes identical queries arriving together once', async () => {
    const cache = createAnswerCache<{ run: number }>(createIndexGeneration(database.db), { maxEntries: 10 });
    const honey = counter();
    const release = honey.hold();
    const answers = Promise.all(Array.from({ length: 16 }, () => cache.get('q', honey.compute)));
    await pause();
    release();
    expect(new Set((await answers).map((a) => a.run))).toEqual(new Set([1]));
    expect(honey.runs).toBe(1);
  });

  it('never keeps serving an answer computed while the index changed under it', async () => {
    const generation = createIndexGeneration(database.db);
    const cache = createAnswerCache(generation, { maxEntries: 10 });
    const honey = counter();
    const release = honey.hold();
    const during = cache.get('q', honey.compute);
    await pause();
    await advancingGeneration(engine, generation).remove([document.id]);
    release();
    await during;
    expect(await cache.get('q', honey.compute)).toEqual({ run: 2 });
  });

  it('does not keep a failure', async () => {
    const cache = createAnswerCache<{ run: number }>(createIndexGeneration(database.db), { maxEntries: 10 });
    const honey = counter();
    honey.failOnce();
    await expect(cache.get('q', honey.compute)).rejects.toThrow('engine down');
    expect(await cache.get('q', honey.compute)).toEqual({ run: 2 });
  });

  it('keeps nothing when given no room', async () => {
    const cache = createAnswerCache(createIndexGeneration(database.db), { maxEntries: 0 });
    const honey = counter();
    await cache.get('q', honey.compute);
    await cache.get('q', honey.compute);
    expect(honey.runs).toBe(2);
  });
});
