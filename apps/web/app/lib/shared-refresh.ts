export interface SharedRefreshOptions<T> {
  /** How long a finished outcome is still handed to late requests carrying the spent token. */
  rememberMs: number;
  /** Outcomes worth handing on; the others (the API was down) are retried by the next request. */
  shouldRemember: (outcome: T) => boolean;
}

/**
 * Runs at most one refresh per refresh token in this process. The API rotates refresh tokens
 * and revokes the whole family when a spent one comes back, so every request that set out with
 * the same token — the parallel loaders of one navigation, a second tab, a fetcher — must share
 * one outcome rather than each spending the token.
 */
export function shareRefreshes<T, C = void>(
  refresh: (refreshToken: string, caller: C) => Promise<T>,
  { rememberMs, shouldRemember }: SharedRefreshOptions<T>,
): (refreshToken: string, caller: C) => Promise<T> {
  const outcomes = new Map<string, Promise<T>>();
  const forget = (refreshToken: string) => outcomes.delete(refreshToken);
  // The first request to arrive makes the call on everyone's behalf.
  return (refreshToken, caller) => {
    const known = outcomes.get(refreshToken);
    if (known) return known;
    const pending = refresh(refreshToken, caller);
    outcomes.set(refreshToken, pending);
    pending.then(
      (outcome) => {
        if (shouldRemember(outcome)) setTimeout(forget, rememberMs, refreshToken).unref();
        else forget(refreshToken);
      },
      () => forget(refreshToken),
    );
    return pending;
  };
}
