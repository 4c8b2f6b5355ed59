// The layering of design.md ("Architecture") and style.md 16 as rules a machine checks: `pnpm lint:layers`,
// run in CI (.ci/run). Each rule says why it exists; decision 021 says how the rules were chosen.
// Paths are the resolved files, so an import of `@bazaarche/db` is seen as one of packages/db/src/….

/** Libraries that talk to the outside world: a database, a payment or search provider, the disk, HTTP. */
const ioLibraries = [
  'drizzle-orm',
  'drizzle-kit',
  'postgres',
  '@electric-sql/pglite',
  'stripe',
  'sharp',
  'fastify',
  '@fastify/[^/]+',
  'meilisearch',
  'proper-lockfile',
  'openapi-fetch',
  'express',
  '@remix-run/[^/]+',
  'playwright-core',
];
// Matched as resolved (node_modules/…/stripe/…) and as written when the package does not declare it.
const ioLibraryPath = `(^|node_modules/)(${ioLibraries.join('|')})(/|$)`;
/** A workspace package, resolved (packages/db/src/…) or as written when undeclared (@bazaarche/db). */
const workspace = (names) => [`^packages/(${names})/`, `^@bazaarche/(${names})(/|$)`];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle makes two modules one: neither can be understood, tested or moved without the other, and ' +
        'the order they load in decides whether a value is still undefined. Break it by moving the shared part down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-no-node-built-ins',
      severity: 'error',
      comment:
        'packages/domain is pure business rules: the same answer for the same input, runnable in any ' +
        'JavaScript engine and testable without a machine around it. Node built-ins (fs, crypto, node:*) are I/O ' +
        'or platform; a rule that needs one belongs in the API or an adapter.',
      from: { path: '^packages/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-no-io-libraries',
      severity: 'error',
      comment:
        'The domain never imports an adapter or what adapters are made of (a database driver, Stripe, sharp, ' +
        'Fastify, Meilisearch): ports and adapters keep the rules testable in memory and the outside systems replaceable.',
      from: { path: '^packages/domain/' },
      to: { path: ioLibraryPath },
    },
    {
      name: 'domain-imports-only-itself',
      severity: 'error',
      comment:
        'The domain is the bottom layer: everything may depend on it, it depends on no other workspace package ' +
        'and on no library except what its tests are written with (vitest, fast-check). Anything else is a ' +
        'new arrow in the architecture and should be decided, not slipped in.',
      from: { path: '^packages/domain/' },
      to: { pathNot: ['^packages/domain/', '(^|node_modules/)(vitest|fast-check)(/|$)'] },
    },
    {
      name: 'packages-never-import-apps',
      severity: 'error',
      comment:
        'Packages are the libraries the apps are built from; an app is where they are wired together. A package ' +
        'importing an app turns the picture upside down and drags the whole app (its server, its routes) along.',
      from: { path: '^packages/' },
      to: { path: ['^apps/', '^@bazaarche/(api|web)(/|$)'] },
    },
    {
      name: 'api-client-knows-the-contract-not-the-server',
      severity: 'error',
      comment:
        'packages/api-client is typed from the OpenAPI document (openapi.json, schema.d.ts) and nothing else, so ' +
        'the web can be built and type-checked without the API and the contract is the only thing they share. ' +
        'Regenerating it runs the API from the root script `pnpm api-client:generate`, not from this package.',
      from: { path: '^packages/api-client/' },
      to: { path: ['^apps/', '^@bazaarche/(api|web)(/|$)', ...workspace('db|search|payments|media|config')] },
    },
    {
      name: 'web-reaches-data-only-through-the-api-client',
      severity: 'error',
      comment:
        'The web reaches data only through the API (over HTTP, with @bazaarche/api-client): it never opens the ' +
        'database, the search index, a payment provider or media storage itself, so every rule and every ' +
        'permission is decided in one place, the API (style.md 15).',
      from: { path: '^apps/web/' },
      to: { path: workspace('db|search|payments|media') },
    },
    {
      name: 'web-never-imports-the-domain',
      severity: 'error',
      comment:
        'The web shows what the API decides and never decides it again (style.md 15, issue 13): a price, a cart\'s ' +
        'problems, whether an order may be cancelled, what can be ordered now, the marketplace currency all come ' +
        'in the API\'s answers (`actions`, POST /v1/cart/quote, GET /v1/payment-methods), and bounds and lists from ' +
        'its OpenAPI document (@bazaarche/api-client/contract). A rule imported from packages/domain would be a ' +
        'second copy of it, free to drift from the one the API enforces.',
      from: { path: '^apps/web/' },
      to: { path: workspace('domain') },
    },
    {
      name: 'web-never-imports-the-api',
      severity: 'error',
      comment:
        'Neither the web app nor its tests import the API\'s code: the web speaks to it over HTTP. The one ' +
        'exception is the next rule\'s seam for tests that need a real API to talk to.',
      from: { path: '^apps/web/', pathNot: '^apps/web/test/support/api\\.ts$' },
      to: { path: ['^apps/api/', '^@bazaarche/api(/|$)'] },
    },
    {
      name: 'web-test-seam-reaches-only-the-api-test-support',
      severity: 'error',
      comment:
        'Browser tests run the real API in-process on a throw-away database and set the scene with the API\'s ' +
        'own helpers (decision 021). They do so through apps/web/test/support/api.ts alone, and it imports ' +
        'only apps/api/test/support.ts: the API\'s services and routes stay out of reach of the web.',
      from: { path: '^apps/web/test/support/api\\.ts$' },
      to: { path: '^apps/api/', pathNot: '^apps/api/test/support\\.ts$' },
    },
    {
      name: 'routes-reach-data-through-services',
      severity: 'error',
      comment:
        'A route is wiring plus a service call (style.md 11): it parses the request, calls one service and ' +
        'answers. Queries live in apps/api/src/services/<area>/<verb-noun>.ts, with the database handle first, ' +
        'so a transaction passes through and the seller filter is written once. A type-only import of a row ' +
        'type is no query and is allowed.',
      from: { path: '^apps/api/src/routes/' },
      to: { path: ['(^|node_modules/)drizzle-orm(/|$)', ...workspace('db')], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import the checker cannot resolve is an import no rule can see: the layering would pass unchecked.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Not node_modules: excluding it would drop the very imports of libraries the rules look at.
    exclude: { path: '^apps/web/(build|public/build|\\.cache)/' },
    // Type-only imports are arrows too: a package that imports a server's types depends on that server.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
