/**
 * Who may do what to whose object, for every route of the API, derived from the route table.
 *
 * The routes come from the app's own OpenAPI document; the rows from ./authorization/matrix.ts. Every
 * route must have at least one row (or, when it takes no path parameter, an entry in `withoutRows`
 * saying why not), and every row must name a route that exists: a new route fails here until it is
 * given its expectations. (A route hidden from the document with `schema.hide` would escape; none is.)
 *
 * To add a row: append to `rows` in ./authorization/matrix.ts with the route exactly as OpenAPI
 * spells it (`POST /v1/things/{id}/act`), a `subject` that builds or picks the object in the world
 * (./authorization/world.ts has the cast and factories) and an `expect` naming the answer for every
 * actor: '2xx', or 401 without a session, 403 for a role that may not, 404 for an object the caller
 * may not see, 409 where the caller may but the state forbids. A call that changes state is marked
 * `mutates`, so that each actor expected to succeed gets a fresh subject.
 *
 * The failure message prints the whole matrix, expected and actual, so every mismatch shows at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, type Expected, type Row, rows, withoutRows } from './authorization/matrix.ts';
import { type ActorName, actorNames, buildWorld, type World } from './authorization/world.ts';
import { createTestApp, type TestApp } from './support.ts';

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = Uppercase<(typeof methods)[number]>;

interface Cell {
  expected: Expected;
  status: number;
  code?: string;
}

const matches = (expected: Expected, status: number) => (expected === '2xx' ? status >= 200 && status < 300 : status === expected);
const label = (row: Row) => (row.case ? `${row.route} (${row.case})` : row.route);

describe(`authorisation matrix on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let world: World;
  let routes: string[];

  beforeAll(async () => {
    t = await createTestApp();
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Partial<Record<string, unknown>>> };
    routes = Object.entries(document.paths).flatMap(([path, operations]) => methods.filter((m) => operations[m]).map((m) => `${m.toUpperCase()} ${path}`));
    world = await buildWorld(t);
  });
  afterAll(() => t?.close());

  it('has a row for every route, and no row for a route that does not exist', () => {
    expect(routes.length).toBeGreaterThan(40);
    const covered = new Set(rows.map((row) => row.route));
    const missing = routes.filter((route) => !covered.has(route) && !(route in withoutRows));
    const parameterless = Object.keys(withoutRows).filter((route) => route.includes('{'));
    const gone = [...new Set([...covered, ...Object.keys(withoutRows)])].filter((route) => !routes.includes(route));
    expect(
      { missing, parameterless, gone },
      'missing: routes with no row (add one to authorization/matrix.ts); parameterless: routes with an object id must have rows; gone: rows for routes the app no longer has',
    ).toEqual({ missing: [], parameterless: [], gone: [] });
  });

  it('answers every actor on every row as expected', { timeout: 90_000 }, async () => {
    const results = new Map<Row, Record<ActorName, Cell>>();
    for (const row of rows) {
      const [method, template] = row.route.split(' ') as [Method, string];
      const succeeds = actorNames.filter((actor) => row.expect[actor] === '2xx');
      // Without `mutates`, one subject serves everyone; with it, the refused share one and each who may gets their own.
      const order = row.mutates ? [...actorNames.filter((a) => !succeeds.includes(a)), ...succeeds] : actorNames;
      let shared: Call | undefined;
      const cells = {} as Record<ActorName, Cell>;
      for (const actor of order) {
        const call = row.mutates && succeeds.includes(actor) ? await row.subject(world) : (shared ??= await row.subject(world));
        if (!call.url.startsWith(template.split('{')[0]!)) throw new Error(`${label(row)}: subject url ${call.url} is not under ${template}`);
        const session = actor === 'anonymous' ? undefined : world.sessions[actor];
        const response = await t.app.inject({
          method,
          url: call.url,
          headers: { ...session?.auth, ...call.headers },
          ...(call.payload !== undefined && { payload: call.payload }),
        });
        // A refused actor who got through has spent the shared subject: the next one gets a new one.
        if (row.mutates && !succeeds.includes(actor) && response.statusCode < 300) shared = undefined;
        const code = response.statusCode >= 400 ? (response.json() as { error?: { code?: string } }).error?.code : undefined;
        cells[actor] = { expected: row.expect[actor], status: response.statusCode, ...(code && { code }) };
      }
      results.set(row, cells);
    }

    const mismatches = [...results].flatMap(([row, cells]) =>
      actorNames.filter((a) => !matches(cells[a].expected, cells[a].status)).map((a) => `${label(row)} as ${a}: expected ${cells[a].expected}, got ${cells[a].status}${cells[a].code ? ` ${cells[a].code}` : ''}`),
    );
    expect(mismatches, `${mismatches.length} mismatches\n${printMatrix(results)}`).toEqual([]);
  });
});

/** route × actor: the status seen, `*` on the owner's column, and `expected≠actual ✗` where they differ. */
function printMatrix(results: Map<Row, Record<ActorName, Cell>>): string {
  const header = ['route', ...actorNames];
  const lines = [...results].map(([row, cells]) => [
    label(row),
    ...actorNames.map((actor) => {
      const { expected, status } = cells[actor];
      const mark = row.owner === actor ? '*' : '';
      return matches(expected, status) ? `${status}${mark}` : `${expected}≠${status}${mark} ✗`;
    }),
  ]);
  const widths = header.map((_, i) => Math.max(header[i]!.length, ...lines.map((l) => l[i]!.length)));
  const format = (cols: string[]) => cols.map((c, i) => c.padEnd(widths[i]!)).join(' │ ');
  return [format(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...lines.map(format)].join('\n');
}
