import { describe, expect, it, vi } from 'vitest';
import { shareRefreshes } from '../app/lib/shared-refresh.ts';

type Outcome = { kind: 'renewed'; token: string } | { kind: 'unavailable' };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('shareRefreshes', () => {
  const options = { rememberMs: 60_000, shouldRemember: (outcome: Outcome) => outcome.kind !== 'unavailable' };

  it('spends one refresh token once, however many requests carry it at the same time', async () => {
    const answer = deferred<Outcome>();
    const refresh = vi.fn((_token: string) => answer.promise);
    const refreshOnce = shareRefreshes(refresh, options);

    const concurrent = [refreshOnce('r1'), refreshOnce('r1'), refreshOnce('r1')];
    answer.resolve({ kind: 'renewed', token: 'r2' });
    const late = await refreshOnce('r1');

    expect(await Promise.all(concurrent)).toEqual([late, late, late]);
    expect(late).toEqual({ kind: 'renewed', token: 'r2' });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('forgets a remembered outcome after a while', async () => {
    vi.useFakeTimers();
    try {
      const refresh = vi.fn(async (token: string): Promise<Outcome> => ({ kind: 'renewed', token: `${token}'` }));
      const refreshOnce = shareRefreshes(refresh, options);
      await refreshOnce('r1');
      await vi.advanceTimersByTimeAsync(60_000);
      await refreshOnce('r1');
      expect(refresh).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tries again after the API was unavailable or the call threw', async () => {
    const refresh = vi
      .fn<(token: string) => Promise<Outcome>>()
      .mockResolvedValueOnce({ kind: 'unavailable' })
      .mockRejectedValueOnce(new Error('boom'))
      .mockResolvedValueOnce({ kind: 'renewed', token: 'r2' });
    const refreshOnce = shareRefreshes(refresh, options);

    expect(await refreshOnce('r1')).toEqual({ kind: 'unavailable' });
    await expect(refreshOnce('r1')).rejects.toThrow('boom');
    expect(await refreshOnce('r1')).toEqual({ kind: 'renewed', token: 'r2' });
    expect(refresh).toHaveBeenCalledTimes(3);
  });

  it('keeps different tokens apart', async () => {
    const refresh = vi.fn(async (token: string): Promise<Outcome> => ({ kind: 'renewed', token: `${token}-next` }));
    const refreshOnce = shareRefreshes(refresh, options);
    expect(await Promise.all([refreshOnce('a'), refreshOnce('b')])).toEqual([
      { kind: 'renewed', token: 'a-next' },
      { kind: 'renewed', token: 'b-next' },
    ]);
  });
});
