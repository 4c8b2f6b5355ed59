import { type OperationDoc, operations as catalogue } from './operations.ts';

/** What the rate limiter really does, so the headers documented on every response are the ones sent. */
export interface RateLimitFacts {
  /** The highest per-client limit the configuration accepts (X-RateLimit-Limit never exceeds it). */
  maxLimit: number;
  /** The window every limit counts in: reset and retry times never exceed it. */
  windowSeconds: number;
}

type Json = Record<string, unknown>;
type Document = Json & { paths?: Record<string, Record<string, unknown>>; components?: Json };

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];
const INT32 = 2 ** 31;
const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
const ref = (header: string) => ({ $ref: `#/components/headers/${header}` });

/**
 * The last step of the OpenAPI document, applied to every operation in one place: its summary,
 * operationId and (for public ones) security from the catalogue, checked against the tags described, and its place in the
 * document, the catalogue's; the rate-limit headers that the
 * global limiter adds to every response and the 429 it answers with; the generic 500 of the error
 * handler; and each integer's format, derived from its bounds.
 */
export function finishDocument<D extends object>(input: D, facts: RateLimitFacts, entries: Record<string, OperationDoc> = catalogue): D {
  const document = input as Document;
  const paths: Record<string, Record<string, unknown>> = {};
  const unused = new Set(Object.keys(entries));
  const declaredTags = new Set(((document.tags as Array<{ name: string }> | undefined) ?? []).map((tag) => tag.name));
  const ids = new Set<string>();
  for (const [rawPath, item] of Object.entries(document.paths ?? {})) {
    // Fastify's catch-all `*` is no name a client can use; OpenAPI wants one for the templated segment.
    const path = rawPath.replace('{*}', '{path}');
    paths[path] = item;
    for (const method of METHODS) {
      const operation = item[method] as (Json & { responses?: Record<string, Json>; parameters?: Json[] }) | undefined;
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const entry = entries[key];
      if (!entry) throw new Error(`OpenAPI: no summary or operationId for ${key} in src/openapi/operations.ts`);
      unused.delete(key);
      if (ids.has(entry.operationId)) throw new Error(`OpenAPI: operationId ${entry.operationId} is used twice`);
      ids.add(entry.operationId);
      if (entry.security && operation.security) throw new Error(`OpenAPI: ${key} declares its security both in its route and in the catalogue`);
      const security = operation.security ?? entry.security;
      if (!security) throw new Error(`OpenAPI: ${key} declares no security: a bearer requirement in its route, or anyone in the catalogue`);
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'path' && parameter.name === '*') Object.assign(parameter, { name: 'path', description: 'The rest of the path, slashes included' });
      }
      for (const tag of (operation.tags as string[] | undefined) ?? []) {
        if (!declaredTags.has(tag)) throw new Error(`OpenAPI: ${key} has the tag ${tag}, which the swagger plugin does not describe`);
      }
      item[method] = { summary: entry.summary, operationId: entry.operationId, ...operation, security, responses: withCommonResponses(operation.responses ?? {}) };
    }
  }
  if (unused.size > 0) throw new Error(`OpenAPI: the catalogue names operations no route serves: ${[...unused].join(', ')}`);
  document.paths = inCatalogueOrder(paths, entries);
  document.components = { ...document.components, schemas: reachableSchemas(document), headers: rateLimitHeaders(facts) };
  addIntegerFormats(document);
  return input;
}

/**
 * Paths and their methods in the order the catalogue lists them, not the order routes happen to be
 * registered in: moving a module into another scope or folder leaves the document as it was.
 */
function inCatalogueOrder(paths: Record<string, Record<string, unknown>>, entries: Record<string, OperationDoc>): Record<string, Record<string, unknown>> {
  const ordered: Record<string, Record<string, unknown>> = {};
  for (const key of Object.keys(entries)) {
    const [method, path] = key.split(' ') as [string, string];
    (ordered[path] ??= {})[method.toLowerCase()] = paths[path]![method.toLowerCase()];
  }
  return ordered;
}

/** Every response carries the limiter's headers (it adds them before any handler runs), a 429 also Retry-After. */
function withCommonResponses(responses: Record<string, Json>): Record<string, Json> {
  const all: Record<string, Json> = {
    ...responses,
    429: responses[429] ?? { description: 'Too many requests from this client: wait Retry-After seconds', content: errorContent },
    500: responses[500] ?? { description: 'An unexpected failure; the answer names no internals', content: errorContent },
  };
  const limited = { 'X-RateLimit-Limit': ref('X-RateLimit-Limit'), 'X-RateLimit-Remaining': ref('X-RateLimit-Remaining'), 'X-RateLimit-Reset': ref('X-RateLimit-Reset') };
  for (const [status, response] of Object.entries(all)) {
    const headers = { ...(response.headers as Json | undefined), ...limited, ...(status === '429' && { 'Retry-After': ref('Retry-After') }) };
    all[status] = { ...response, headers };
  }
  return all;
}

function rateLimitHeaders({ maxLimit, windowSeconds }: RateLimitFacts): Json {
  const seconds = { type: 'integer', minimum: 0, maximum: windowSeconds };
  return {
    'X-RateLimit-Limit': { description: 'Requests this client may make in the current window', schema: { type: 'integer', minimum: 1, maximum: maxLimit } },
    'X-RateLimit-Remaining': { description: 'Requests this client has left in the current window', schema: { type: 'integer', minimum: 0, maximum: maxLimit } },
    'X-RateLimit-Reset': { description: 'Seconds until the current window ends', schema: seconds },
    'Retry-After': { description: 'Seconds to wait before the next request can succeed', schema: seconds },
  };
}

/**
 * The component schemas some operation uses. Every registered schema comes in both directions (a
 * response's input twin, a request's output twin); the ones no operation refers to are not the API.
 */
function reachableSchemas(document: Document): Json {
  const schemas = (document.components?.schemas ?? {}) as Json;
  const reached = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const { $ref } = node as { $ref?: unknown };
    if (typeof $ref === 'string' && $ref.startsWith('#/components/schemas/')) {
      const name = $ref.slice('#/components/schemas/'.length);
      if (!reached.has(name)) {
        reached.add(name);
        visit(schemas[name]);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(document.paths);
  // By name, not in the order modules happened to define them: moving a schema between files changes nothing.
  return Object.fromEntries(
    Object.entries(schemas)
      .filter(([name]) => reached.has(name))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** int32 when both bounds fit in 32 bits, int64 otherwise; an integer without both bounds is left as it is. */
function addIntegerFormats(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(addIntegerFormats);
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  const isInteger = schema.type === 'integer' || (Array.isArray(schema.type) && schema.type.includes('integer'));
  if (isInteger && schema.format === undefined) {
    const low = lowerBound(schema);
    const high = upperBound(schema);
    if (low !== undefined && high !== undefined) schema.format = low >= -INT32 && high < INT32 ? 'int32' : 'int64';
  }
  Object.values(schema).forEach(addIntegerFormats);
}

function lowerBound(schema: Json): number | undefined {
  if (typeof schema.minimum === 'number') return schema.minimum;
  return typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : undefined;
}

function upperBound(schema: Json): number | undefined {
  if (typeof schema.maximum === 'number') return schema.maximum;
  return typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - 1 : undefined;
}
