// Every operation of the OpenAPI document, sent dozens of requests built from its own schemas and then
// broken. Any 5xx, stack trace or SQL text in a response fails; all failures of a run are listed at once.
// FUZZ_SEED replays a run (default 12), FUZZ_CASES sets the cases per operation (default 40).
import { signedStripeDelivery } from '@bazaarche/payments/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyMutations, type FuzzRequest, HOSTILE_SEGMENTS, instance, type Json, multipartMutations, prng, queryMutations, resolve, type Schema, uuid, verdict } from './fuzz/generate.ts';
import { buildWorld, STRIPE_WEBHOOK_SECRET, type World } from './fuzz/world.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 12);
const CASES = Number(process.env.FUZZ_CASES ?? 40);

const ONCE_PER_PERSON = new Set(['POST /v1/producers']);

interface Operation {
  method: string;
  path: string;
  parameters: Array<{ in: string; name: string; required?: boolean; schema: Schema }>;
  body?: { contentType: string; schema: Schema };
}
interface Failure {
  operation: string;
  label: string;
  role: string;
  request: string;
  status: number;
  why: string;
  response: string;
  stack: string;
}

// Runs last, in this order, so that a valid request that ends a session or an object hides as little as possible.
const destructiveness = (op: Operation) => (/\/logout$/.test(op.path) ? 3 : op.method === 'DELETE' || /\/(cancel|archive|reject|decline|pause)$/.test(op.path) ? 2 : op.method === 'GET' ? 0 : 1);

describe(`fuzzing every operation of the OpenAPI document on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'} (seed ${SEED})`, () => {
  let world: World;
  let operations: Operation[];
  let components: Record<string, Schema>;
  beforeAll(async () => {
    world = await buildWorld();
    const doc = (await world.t.app.inject({ url: '/docs/json' })).json() as { paths: Record<string, Record<string, Schema>>; components?: { schemas?: Record<string, Schema> } };
    components = doc.components?.schemas ?? {};
    operations = Object.entries(doc.paths)
      .flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]): Operation => {
          const content = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)?.content ?? {};
          const [contentType, media] = Object.entries(content)[0] ?? [];
          return { method: method.toUpperCase(), path, parameters: (op.parameters as Operation['parameters'] | undefined) ?? [], ...(contentType && media && { body: { contentType, schema: media.schema } }) };
        }),
      )
      .sort((a, b) => destructiveness(a) - destructiveness(b));
    world.errors.take();
  });
  afterAll(() => world?.close());

  it('answers every generated request without a 5xx, a stack trace or SQL text', { timeout: 240_000 }, async () => {
    const failures: Failure[] = [];
    const statuses = new Map<string, Map<number, number>>();
    const started = Date.now();

    for (const [index, op] of operations.entries()) {
      const rng = prng(SEED * 1000 + index);
      const name = `${op.method} ${op.path}`;
      const hints = world.hints(op.path);
      const pathParams = op.parameters.filter((p) => p.in === 'path');
      const queryParams = op.parameters.filter((p) => p.in === 'query');
      const headerParams = op.parameters.filter((p) => p.in === 'header');

      const validParams = () => Object.fromEntries(pathParams.map((p) => [p.name, encodeURIComponent(world.realParam(op.path, p.name) ?? uuid(rng))]));
      // The query as one object schema, so that optional parameters follow the same rules as optional body fields.
      const querySchema = { type: 'object', properties: Object.fromEntries(queryParams.map((p) => [p.name, p.schema])), required: queryParams.filter((p) => p.required).map((p) => p.name) };
      const validQuery = () => Object.fromEntries(Object.entries((instance(querySchema, components, hints, rng) ?? {}) as Record<string, Json>).map(([k, v]) => [k, String(v)]));
      const validBody = (): Json | undefined => (op.body && op.body.contentType === 'application/json' ? instance(op.body.schema, components, hints, rng) : undefined);
      const validHeaders = (): Record<string, string> => Object.fromEntries(headerParams.map((p) => [p.name, p.name === 'idempotency-key' ? crypto.randomUUID() : String(instance(p.schema, components, hints, rng, p.name) ?? 'x')]));
      const asJson = (value: Json | undefined) => (value === undefined ? undefined : { text: JSON.stringify(value), contentType: 'application/json' });

      const isWebhook = op.path === '/v1/webhooks/stripe';
      const isUpload = op.body?.contentType === 'multipart/form-data';
      const uploadField = isUpload ? (Object.keys((resolve(op.body!.schema, components).properties as Schema | undefined) ?? { file: {} })[0] ?? 'file') : 'file';
      const valid = (): FuzzRequest => {
        if (isWebhook) {
          const signed = signedStripeDelivery({ id: `evt_${uuid(rng)}`, object: 'event', type: 'customer.created', data: { object: { id: 'cus_1' } } }, STRIPE_WEBHOOK_SECRET);
          return { label: 'a valid request', body: { text: signed.body, contentType: 'application/json' }, headers: { 'stripe-signature': signed.headers['stripe-signature']! } };
        }
        return { label: 'a valid request', ...(isUpload ? { body: multipartMutations(uploadField, world.png, rng, 1)[0]!.body } : { body: asJson(validBody()) }) };
      };

      // The generated cases: body, query, path and header breakage in proportion to what the operation takes.
      const cases: FuzzRequest[] = [];
      const budget = CASES - 1;
      const parts = [op.body || isWebhook ? 'body' : '', queryParams.length ? 'query' : '', pathParams.length ? 'path' : '', headerParams.length ? 'header' : ''].filter(Boolean);
      const share = (part: string) => (!parts.includes(part) ? 0 : part === parts[0] ? budget - Math.floor(budget / parts.length) * (parts.length - 1) : Math.floor(budget / parts.length));
      if (isWebhook) cases.push(...webhookCases(rng, share('body')));
      else if (isUpload) cases.push(...multipartMutations(uploadField, world.png, rng, share('body')));
      else if (op.body) {
        const body = validBody() ?? {};
        const text = JSON.stringify(body);
        // Anything that names a listing also gets two of the dearest one: every total must be refused, not overflow.
        if (text.includes(world.ids.listing)) {
          const dear = text.replaceAll(world.ids.listing, world.ids.dearestListing).replace(/"quantity":\d+/g, '"quantity":2');
          cases.push({ label: '2 units of a listing priced 2^53-1', body: { text: dear, contentType: 'application/json' } });
        }
        cases.push(...bodyMutations(body, rng, share('body') - cases.length));
      }
      if (queryParams.length) {
        const q = validQuery();
        cases.push(...queryMutations(q, queryParams.map((p) => p.name), rng, share('query')));
      }
      for (let i = 0; i < share('path'); i++) {
        const p = pathParams[i % pathParams.length]!;
        const [label, segment] = i % 3 === 2 ? ['a random UUID', uuid(rng)] : rng.pick(HOSTILE_SEGMENTS);
        cases.push({ label: `${label} as path ${p.name}`, params: { ...validParams(), [p.name]: segment } });
      }
      for (let i = 0; i < share('header'); i++) {
        const p = headerParams[i % headerParams.length]!;
        const value = rng.pick(['', ' ', 'x'.repeat(4000), '../../', 'caf\u00e9', '00000000-0000-0000-0000-000000000000', 'a,b', '%00', '__proto__']);
        cases.push({ label: `header ${p.name} ${JSON.stringify(value.slice(0, 20))}${value.length > 20 ? `… (${value.length} chars)` : ''}`, headers: { [p.name]: value } });
      }
      if (parts.length === 0) for (let i = 0; i < Math.min(budget, 8); i++) cases.push({ label: 'no input (repeated)' });

      const send = async (request: FuzzRequest, role: string, auth: Record<string, string>) => {
        const params = request.params ?? validParams();
        const query = request.query ?? new URLSearchParams(validQuery()).toString();
        const url = `${op.path.replace(/\{([^}]+)\}/g, (_, key: string) => params[key] ?? 'x')}${query ? `?${query}` : ''}`;
        const body = request.body ?? (request.params || request.query || request.headers ? valid().body : undefined);
        const headers: Record<string, string> = { ...validHeaders(), ...auth, ...request.headers, ...(body && { 'content-type': body.contentType }) };
        if (isWebhook && !request.headers?.['stripe-signature'] && body) headers['stripe-signature'] = `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`;
        let response;
        try {
          response = await world.t.app.inject({ method: op.method as 'GET', url, headers, ...(body && { payload: body.text }) });
        } catch (error) {
          // light-my-request refuses some headers before they reach the server (Node validates header values): not the server's doing.
          if (error instanceof TypeError && /header/i.test(error.message)) return undefined;
          throw error;
        }
        const stack = world.errors.take();
        world.lastBody = response.body.slice(0, 300);
        const counts = statuses.get(name) ?? new Map<number, number>();
        counts.set(response.statusCode, (counts.get(response.statusCode) ?? 0) + 1);
        statuses.set(name, counts);
        const text = /json|text|csv|html|xml/.test(String(response.headers['content-type'] ?? 'text')) ? response.body : '';
        const sent = `${url} ${typeof body?.text === 'string' ? body.text : ''}`;
        const why = verdict(response.statusCode, text, sent) ?? (stack.length ? 'an unhandled error was logged' : undefined);
        if (why) {
          const shown = typeof body?.text === 'string' ? body.text : body ? `<${body.text.length} bytes of ${body.contentType}>` : '';
          failures.push({
            operation: name,
            label: request.label,
            role,
            request: `${op.method} ${url.length > 200 ? `${url.slice(0, 200)}…` : url} ${shown.length > 300 ? `${shown.slice(0, 300)}… (${shown.length} chars)` : shown}`.trim(),
            status: response.statusCode,
            why,
            response: response.body.slice(0, 300),
            stack: summariseStack(stack[0] ?? ''),
          });
        }
        return response.statusCode;
      };

      // The valid request first, as each person, to learn who may do this; most cases then go to those who may.
      const roles = Object.keys(world.sessions);
      const able: string[] = [];
      const once = ONCE_PER_PERSON.has(name);
      for (const role of once ? ['anonymous', 'newcomer'] : roles) {
        const status = await send(valid(), role, role === 'newcomer' ? await world.newcomer() : world.sessions[role]!);
        if (status !== undefined && status < 400) able.push(role);
        else if (process.env.FUZZ_VERBOSE) console.log(`${name} valid as ${role}: ${status} ${world.lastBody}`);
      }
      // Opening a shop works once per person, so that route's cases go to someone new each time.
      const targets = once ? ['newcomer'] : able.length ? able : roles;
      const badTokens = Object.entries(world.badTokens);
      for (const [k, request] of cases.entries()) {
        if (k % 10 === 9) {
          const [role, auth] = badTokens[Math.floor(k / 10) % badTokens.length]!;
          await send(request, role, auth);
          continue;
        }
        const role = k % 3 === 2 && !once ? roles[Math.floor(k / 3) % roles.length]! : targets[k % targets.length]!;
        await send(request, role, role === 'newcomer' ? await world.newcomer() : world.sessions[role]!);
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const sent = [...statuses.values()].reduce((n, counts) => n + [...counts.values()].reduce((a, b) => a + b, 0), 0);
    if (process.env.FUZZ_VERBOSE) {
      for (const [name, counts] of statuses) console.log(`${name}: ${[...counts.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${n}×${s}`).join(' ')}`);
    }
    console.log(`fuzz: ${operations.length} operations, ${sent} requests in ${seconds} s, ${failures.length} failing (seed ${SEED})`);
    expect(operations.length).toBeGreaterThan(40);
    expect(failures, report(failures)).toEqual([]);
  });
});

/** The error's first line, its root cause and the first frame in our own code: what an engineer needs to find it. */
function summariseStack(stack: string): string {
  if (!stack) return '';
  const lines = stack.split('\n');
  const cut = (line: string) => (line.length > 160 ? `${line.slice(0, 160)}…` : line).trim();
  const causes = lines.filter((l) => /^\s*caused by: /.test(l));
  const ours = lines.find((l) => /^\s*at /.test(l) && /(apps|packages)\/[^/]+\/src\//.test(l) && !/node_modules/.test(l));
  return [cut(lines[0]!), causes.length ? cut(causes[causes.length - 1]!) : '', ours ? cut(ours) : ''].filter(Boolean).join('\n');
}

/** One block per operation: how many cases failed, then the first example of each distinct kind of input. */
function report(failures: Failure[]): string {
  const byOperation = new Map<string, Failure[]>();
  for (const f of failures) byOperation.set(f.operation, [...(byOperation.get(f.operation) ?? []), f]);
  const blocks = [...byOperation].map(([operation, list]) => {
    const kinds = new Map<string, Failure>();
    for (const f of list) {
      const kind = `${f.label.replace(/\[\d+\]/g, '[i]')} → ${f.status}`;
      if (!kinds.has(kind)) kinds.set(kind, f);
    }
    const examples = [...kinds.values()].map(
      (f) => `  • ${f.label} (as ${f.role}): ${f.why}\n      ${f.request}\n      ← ${f.status} ${f.response}${f.stack ? `\n      ${f.stack.replace(/\n/g, '\n      ')}` : ''}`,
    );
    return `${operation}: ${list.length} failing case(s)\n${examples.join('\n')}`;
  });
  // The same root cause across many routes (a bad token, NUL in any text) is one bug: name each once, first.
  const byCause = new Map<string, Set<string>>();
  for (const f of failures) {
    const lines = f.stack.split('\n');
    const cause = (lines.find((l) => l.startsWith('caused by: ')) ?? lines[0] ?? '').replace(/^caused by: /, '').slice(0, 140) || `${f.why}: ${f.response.slice(0, 80)}`;
    byCause.set(cause, (byCause.get(cause) ?? new Set()).add(f.operation));
  }
  const causes = [...byCause].map(([cause, ops]) => `  - ${cause}\n      in ${[...ops].join(', ')}`);
  return `${failures.length} fuzz case(s) failed in ${byOperation.size} operation(s) (replay with FUZZ_SEED=${SEED}).\n\nRoot causes:\n${causes.join('\n')}\n\nBy operation:\n\n${blocks.join('\n\n')}\n`;
}

/** Webhook deliveries: unsigned, badly signed, and signed (so that parsing gets past the signature) but hostile. */
function webhookCases(rng: ReturnType<typeof prng>, count: number): FuzzRequest[] {
  const event = (type: string, object: Json): Json => ({ id: `evt_${uuid(rng)}`, type, object: 'event', created: Math.floor(Date.now() / 1000), data: { object } });
  const hostileObjects: Json[] = [
    { id: 'cs_x', object: 'checkout.session', metadata: { orderId: 'not-a-uuid' }, amount_total: 9007199254740993, currency: 'usd', payment_status: 'paid' },
    { id: 'cs_x', object: 'checkout.session', metadata: { orderId: uuid(rng) }, amount_total: -1, currency: '\u0000', payment_status: 'paid' },
    { id: 'cs_x', object: 'checkout.session', metadata: null, client_reference_id: 'abc\ud800' },
    { id: null, metadata: { orderId: 'ffffffff-ffff-ffff-ffff-ffffffffffff' }, amount_total: '100' },
    { id: 'pi_x', object: 'payment_intent', metadata: { orderId: `1'; drop table orders; --` }, amount: 1e308 },
    [],
    'string',
    null,
  ];
  const types = ['checkout.session.completed', 'checkout.session.expired', 'checkout.session.async_payment_failed', 'payment_intent.payment_failed', 'charge.refunded', 'unknown.type', '\u0000'];
  const out: FuzzRequest[] = [];
  for (let i = 0; i < count; i++) {
    const roll = i % 4;
    const body = JSON.stringify(event(rng.pick(types), rng.pick(hostileObjects)));
    if (roll === 0) out.push({ label: 'an unsigned delivery', body: { text: body, contentType: 'application/json' }, headers: { 'stripe-signature': '' } });
    else if (roll === 1) out.push({ label: 'a forged signature', body: { text: body, contentType: 'application/json' }, headers: { 'stripe-signature': rng.pick(['t=1,v1=abc', 'garbage', `t=${Date.now()},v1=${'f'.repeat(64)}`, 't=,v1=', 'v1='.repeat(500)]) } });
    else if (roll === 2) {
      const signed = signedStripeDelivery(JSON.parse(body) as object, STRIPE_WEBHOOK_SECRET);
      out.push({ label: 'a signed delivery with hostile content', body: { text: signed.body, contentType: 'application/json' }, headers: { 'stripe-signature': signed.headers['stripe-signature']! } });
    } else {
      const text = rng.pick(['{', '', '\u0000', '[]', '{"__proto__":{"x":1}}', 'x'.repeat(100_000)]);
      out.push({ label: 'a delivery that is not an event', body: { text, contentType: rng.pick(['application/json', 'text/plain']) }, headers: { 'stripe-signature': 't=1,v1=0' } });
    }
  }
  return out;
}
