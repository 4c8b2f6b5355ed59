import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedListing, registerAdmin, registerProducer } from './support/api.ts';
import { type BrowserStack, startBrowserStack } from './support/browser-stack.ts';
import { catalogues, type CatalogueName } from './support/messages.ts';

let stack: BrowserStack;
let listingId = '';

beforeAll(async () => {
  stack = await startBrowserStack();
  const admin = await registerAdmin(stack.api);
  const producer = await registerProducer(stack.api, admin);
  listingId = (await publishedListing(stack.api, producer)).id;
});

afterAll(async () => {
  await stack?.close();
});

/** The catalogues whose keys appear in a page's HTML or in the modules it loads (as `"key"` in the built code). */
async function cataloguesShipped(path: string): Promise<CatalogueName[]> {
  const html = await (await fetch(`${stack.baseUrl}${path}`)).text();
  const modules = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((match) => match[1]!);
  expect(modules.length).toBeGreaterThan(0);
  const code = await Promise.all(modules.map(async (module) => (await fetch(`${stack.baseUrl}${module}`)).text()));
  const payload = [html, ...code].join('\n');
  return (Object.keys(catalogues) as CatalogueName[]).filter((name) =>
    Object.keys(catalogues[name].messages).some((key) => payload.includes(`"${key}"`)),
  );
}

describe('a page’s messages', () => {
  it('are the shared ones and its own feature’s, no other', async () => {
    expect(await cataloguesShipped('/')).toEqual(['shared', 'home']);
    expect(await cataloguesShipped('/login')).toEqual(['shared', 'auth']);
    expect(await cataloguesShipped('/search')).toEqual(['shared', 'search', 'listing']);
    expect(await cataloguesShipped(`/listings/${listingId}`)).toEqual(['shared', 'listing', 'status', 'cart']);
  });
});
