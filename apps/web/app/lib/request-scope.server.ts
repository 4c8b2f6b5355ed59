import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one HTTP request has already asked the API, so that the root loader and a page's own loader
 * (which Remix runs side by side, each with its own copy of the Request) ask it once. server.mjs runs
 * every request inside a scope; outside one (the Vite dev server, a unit test) nothing is kept.
 */
interface RequestScope {
  /** Only a read (GET, HEAD) keeps answers: an action may change what the API would answer next. */
  keeps: boolean;
  answers: Map<string, Promise<unknown>>;
}

const scope = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(method: string, handle: () => T): T {
  return scope.run({ keeps: method === 'GET' || method === 'HEAD', answers: new Map() }, handle);
}

/** The answer of `ask` for this request: the first caller's, shared by every later one with the same key. */
export function oncePerRequest<T>(key: string, ask: () => Promise<T>): Promise<T> {
  const current = scope.getStore();
  if (!current?.keeps) return ask();
  const known = current.answers.get(key) as Promise<T> | undefined;
  if (known) return known;
  const answer = ask();
  current.answers.set(key, answer);
  return answer;
}
