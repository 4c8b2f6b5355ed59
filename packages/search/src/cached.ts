import { LRUCache } from 'lru-cache';
import type { CatalogSearch } from './port.ts';

/**
 * A counter every process can read, moved on after each change to the index. Answers are cached
 * under the generation they were computed in, so a change anywhere retires them everywhere.
 */
export interface IndexGeneration {
  current(): Promise<bigint>;
  advance(): Promise<void>;
}

/** The engine, moving the generation on once each change to its index is visible. */
export function advancingGeneration(engine: CatalogSearch, generation: IndexGeneration): CatalogSearch {
  async function changed(change: Promise<void>): Promise<void> {
    await change;
    // Only after the change is visible, so no reader caches the old state under the new number.
    await generation.advance();
  }
  return {
    kind: engine.kind,
    configure: () => engine.configure(),
    index: async (documents) => (documents.length ? changed(engine.index(documents)) : undefined),
    remove: async (ids) => (ids.length ? changed(engine.remove(ids)) : undefined),
    clear: () => changed(engine.clear()),
    search: (query) => engine.search(query),
    suggest: (text, limit) => engine.suggest(text, limit),
    probe: () => engine.probe(),
  };
}

export interface AnswerCache<T> {
  /** The answer for `key` computed in the current generation, computing it if there is none. */
  get(key: string, compute: () => Promise<T>): Promise<T>;
}

/**
 * Search answers kept until the index changes, as search engines keep aggregations until a
 * refresh. Shoppers repeat a few queries (a trade's page, «عسل», the home page's filters), and
 * facet counts over thousands of matches, the cost of search, stay the same until a listing
 * changes. Identical queries arriving together are computed once. `maxEntries: 0` keeps nothing.
 */
export function createAnswerCache<T extends object>(generation: IndexGeneration, { maxEntries }: { maxEntries: number }): AnswerCache<T> {
  if (maxEntries === 0) return { get: (_key, compute) => compute() };
  const answers = new LRUCache<string, { generation: bigint; answer: T }>({ max: maxEntries });
  const running = new Map<string, Promise<T>>();
  return {
    async get(key, compute) {
      const now = await generation.current();
      const hit = answers.get(key);
      if (hit && hit.generation === now) return hit.answer;
      const runningKey = `${now}:${key}`;
      const pending = running.get(runningKey);
      if (pending) return pending;
      const computing = compute();
      running.set(runningKey, computing);
      try {
        const answer = await computing;
        // Kept under the generation read before computing: a change made meanwhile retires it.
        answers.set(key, { generation: now, answer });
        return answer;
      } finally {
        running.delete(runningKey);
      }
    },
  };
}
