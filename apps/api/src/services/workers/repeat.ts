import type { FastifyBaseLogger } from 'fastify';

export interface RepeatedWork {
  stop(): Promise<void>;
}

/**
 * Runs `work` now and again `intervalMs` after each run ends, so runs never overlap; an error is
 * logged and the next run goes ahead. `stop` waits for a run in progress.
 */
export function repeat(name: string, work: () => Promise<void>, intervalMs: number, log: FastifyBaseLogger): RepeatedWork {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = work()
      .catch((error: unknown) => log.error({ err: error }, `${name} failed`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
