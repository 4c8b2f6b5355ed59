// Requests built from an operation's own OpenAPI schemas, then broken: the generator of the fuzz suite.
// Pure and seeded, so one seed always gives the same requests and a failure can be replayed.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = Record<string, unknown>;

/** mulberry32: tiny, fast and good enough to pick test inputs; the point is that a seed replays. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)]!;
    },
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof prng>;

export function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[rng.int(4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A hint's answer for a field a valid request should leave out (one of two that exclude each other, say). */
export const OMIT = Symbol('omit');
/** Values a field of this name takes in a valid request: real ids of the fixtures, real slugs and codes; undefined when it has no opinion. */
export type Hints = (name: string, schema: Schema, rng: Rng) => Json | typeof OMIT | undefined;

/** Resolves `$ref`s and picks the first non-null branch of `anyOf`/`oneOf`, as a valid instance would. */
export function resolve(schema: Schema, components: Record<string, Schema>): Schema {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    if (typeof current.$ref === 'string') {
      current = components[current.$ref.replace('#/components/schemas/', '')] ?? {};
      continue;
    }
    const branches = (current.anyOf ?? current.oneOf) as Schema[] | undefined;
    if (branches) {
      current = branches.find((b) => b.type !== 'null') ?? branches[0] ?? {};
      continue;
    }
    if (Array.isArray(current.allOf) && current.allOf.length === 1) {
      current = current.allOf[0] as Schema;
      continue;
    }
    break;
  }
  return current;
}

const DAY = 86_400_000;

/**
 * A valid-ish instance of `schema`: required properties always, optional ones unless they are ids
 * or patterned strings the hints do not know (a random id would only earn a 404 and hide the other fields).
 */
export function instance(schema: Schema, components: Record<string, Schema>, hints: Hints, rng: Rng, name = '', depth = 0): Json | undefined {
  const s = resolve(schema, components);
  const hinted = hints(name, s, rng);
  if (hinted === OMIT) return undefined;
  if (hinted !== undefined) return hinted;
  if ('const' in s) return s.const as Json;
  if (Array.isArray(s.enum)) return s.enum[0] as Json;
  if (s.default !== undefined && s.type !== 'object') return s.default as Json;
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== 'null') : (s.type as string | undefined);
  switch (type) {
    case 'object': {
      const out: Record<string, Json> = {};
      const required = new Set((s.required as string[] | undefined) ?? []);
      for (const [key, sub] of Object.entries((s.properties as Record<string, Schema> | undefined) ?? {})) {
        const leaf = resolve(sub, components);
        if (!required.has(key) && (depth > 4 || leaf.format === 'uuid' || leaf.pattern !== undefined) && hints(key, leaf, rng) === undefined) continue;
        const value = instance(sub, components, hints, rng, key, depth + 1);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'array': {
      const count = Math.max(1, Number(s.minItems ?? 1));
      const items = (s.items as Schema | undefined) ?? {};
      return Array.from({ length: count }, () => instance(items, components, hints, rng, name, depth + 1) ?? null);
    }
    case 'integer':
    case 'number': {
      const min = Number(s.minimum ?? (s.exclusiveMinimum !== undefined ? Number(s.exclusiveMinimum) + 1 : 1));
      const max = Number(s.maximum ?? min + 10);
      return Math.min(max, Math.max(min, 1));
    }
    case 'boolean':
      return false;
    case 'string': {
      if (s.format === 'uuid') return uuid(rng);
      if (s.format === 'date') return new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10);
      if (s.format === 'date-time') return new Date(Date.now() + 60 * DAY).toISOString();
      if (s.format === 'email') return `fuzz-${uuid(rng).slice(0, 8)}@example.com`;
      const min = Number(s.minLength ?? 1);
      return 'متن آزمایشی'.padEnd(Math.max(min, 3), 'ا').slice(0, Number(s.maxLength ?? 200));
    }
    default:
      return undefined;
  }
}

/** One node of a JSON value and the way to reach it. */
interface Node {
  path: (string | number)[];
  value: Json;
}

function nodes(value: Json, path: (string | number)[] = []): Node[] {
  const here = { path, value };
  if (Array.isArray(value)) return [here, ...value.flatMap((v, i) => nodes(v, [...path, i]))];
  if (value && typeof value === 'object') return [here, ...Object.entries(value).flatMap(([k, v]) => nodes(v, [...path, k]))];
  return [here];
}

const pathName = (path: (string | number)[]) => (path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') : '(root)');

function setAt(root: Json, path: (string | number)[], value: Json | typeof REMOVE): Json {
  if (path.length === 0) return value === REMOVE ? null : value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let parent: Record<string | number, Json> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === REMOVE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}
const REMOVE = Symbol('remove');

/** `root` as JSON text with the node at `path` replaced by raw text that JSON.stringify cannot write (`-0`, `1e999`, a `__proto__` key). */
function rawAt(root: Json, path: (string | number)[], raw: string): string {
  const marker = '\u0001fuzz-marker\u0001';
  return JSON.stringify(setAt(root, path, marker)).replace(JSON.stringify(marker), raw);
}

const HOSTILE_STRINGS: ReadonlyArray<[label: string, value: string]> = [
  ['NUL', 'متن\u0000پنهان'],
  ['lone high surrogate \\ud800', 'abc\ud800def'],
  ['lone low surrogate \\udfff', '\udfffabc'],
  ['RTL override and zero-width marks', '\u202eتست\u200b\u200f\u200d\ufeff'],
  ['huge string (100k chars)', 'ب'.repeat(100_000)],
  ['empty string', ''],
  ['only whitespace', ' \t\n\u00a0\u3000'],
  ['SQL and HTML metacharacters', `'); -- <script>alert(1)</script> \\ % _`],
  ['C1 control and BOM', '\u0085\u009b\ufeffx'],
];

const HOSTILE_NUMBERS: ReadonlyArray<[label: string, raw: string]> = [
  ['2^53', '9007199254740992'],
  ['-2^53', '-9007199254740992'],
  ['2^53-1', '9007199254740991'],
  ['1e308', '1e308'],
  ['1e999 (parses as Infinity)', '1e999'],
  ['-0', '-0'],
  ['0.5', '0.5'],
  ['-1', '-1'],
  ['0', '0'],
  ['"NaN" as a string', '"NaN"'],
  ['a numeric string', '"42"'],
];

const WRONG_TYPES: ReadonlyArray<[label: string, raw: string]> = [
  ['a number', '12345'],
  ['a string', '"wrong"'],
  ['a boolean', 'true'],
  ['an array', '[1,"x",null]'],
  ['an empty object', '{}'],
  ['an object', '{"x":{}}'],
  ['null', 'null'],
];

const BAD_JSON = ['{', '{"a":', "{'single':'quotes'}", '{"a":1,}', '[1,2', 'nul', '{"a":"\\ud800"', '\u0000', '{"a":1}{"b":2}', '\ufeff{}', '{"a":"\\x00"}', '"unterminated'];

/** A request to send: raw pieces, so that bodies and paths a JSON library would refuse to write can be sent. */
export interface FuzzRequest {
  label: string;
  body?: { text: string | Buffer; contentType: string } | undefined;
  params?: Record<string, string>;
  query?: string;
  headers?: Record<string, string>;
}

/** `count` broken variants of a valid body: each string leaf gets NUL and a lone surrogate first, then random breakage. */
export function bodyMutations(valid: Json, rng: Rng, count: number): FuzzRequest[] {
  const json = (text: string, label: string): FuzzRequest => ({ label, body: { text, contentType: 'application/json' } });
  const all = nodes(valid);
  const strings = all.filter((n) => typeof n.value === 'string');
  const numbers = all.filter((n) => typeof n.value === 'number');
  const objects = all.filter((n) => n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value));
  const removable = all.filter((n) => n.path.length > 0);
  const out: FuzzRequest[] = [];
  for (const n of strings) {
    out.push(json(JSON.stringify(setAt(valid, n.path, `${n.value as string}\u0000`)), `NUL in ${pathName(n.path)}`));
    out.push(json(JSON.stringify(setAt(valid, n.path, `${n.value as string}\ud800`)), `lone surrogate \\ud800 in ${pathName(n.path)}`));
  }
  for (const n of numbers) out.push(json(rawAt(valid, n.path, '9007199254740991'), `2^53-1 in ${pathName(n.path)}`));
  for (const n of objects.filter((o) => o.path.length > 0)) out.push(json(rawAt(valid, n.path, '{}'), `an empty object as ${pathName(n.path)}`));
  out.splice(Math.floor(count * 0.6));

  const randomOnes: Array<() => FuzzRequest> = [
    () => {
      const n = rng.pick(strings.length ? strings : all);
      const [label, value] = rng.pick(HOSTILE_STRINGS);
      return json(JSON.stringify(setAt(valid, n.path, value)), `${label} in ${pathName(n.path)}`);
    },
    () => {
      const n = rng.pick(numbers.length ? numbers : all);
      const [label, raw] = rng.pick(HOSTILE_NUMBERS);
      return json(rawAt(valid, n.path, raw), `${label} in ${pathName(n.path)}`);
    },
    () => {
      const n = rng.pick(all);
      const [label, raw] = rng.pick(WRONG_TYPES);
      return json(rawAt(valid, n.path, raw), `${label} in place of ${pathName(n.path)}`);
    },
    () => {
      if (!removable.length) return json('{}', 'empty object');
      const n = rng.pick(removable);
      return json(JSON.stringify(setAt(valid, n.path, REMOVE)), `${pathName(n.path)} missing`);
    },
    () => {
      const n = rng.pick(objects.length ? objects : all);
      const key = rng.pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']);
      const raw = `{${JSON.stringify(key)}:{"isAdmin":true,"roles":["admin"],"status":"approved","prototype":{"polluted":1}}${n.value && typeof n.value === 'object' && Object.keys(n.value).length ? `,${JSON.stringify(n.value).slice(1)}` : '}'}`;
      return json(rawAt(valid, n.path, raw), `extra "${key}" key in ${pathName(n.path)}`);
    },
    () => {
      const n = rng.pick(all);
      const open = rng.chance(0.5) ? '[' : '{"a":';
      const close = open === '[' ? ']' : '}';
      return json(rawAt(valid, n.path, `${open.repeat(1000)}1${close.repeat(1000)}`), `1000 levels of nesting in ${pathName(n.path)}`);
    },
    () => {
      const n = rng.pick(all);
      return json(rawAt(valid, n.path, `[${Array.from({ length: 10_000 }, () => JSON.stringify(n.value)).join(',')}]`), `10,000-element array in ${pathName(n.path)}`);
    },
    () => json(rng.pick(BAD_JSON), 'malformed JSON text'),
    () => {
      const [label, raw] = rng.pick(WRONG_TYPES);
      return json(raw, `${label} as the whole body`);
    },
    () => ({ label: 'empty body with a JSON content type', body: { text: '', contentType: 'application/json' } }),
    () => {
      const contentType = rng.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data', 'application/json; charset=utf-16', 'application/octet-stream']);
      return { label: `JSON sent as ${contentType}`, body: { text: JSON.stringify(valid), contentType } };
    },
    () => json(JSON.stringify(valid).replace(/^\{/, '{"dup":1,"dup":2,'), 'duplicate keys'),
  ];
  while (out.length < count) out.push(rng.pick(randomOnes)());
  return out;
}

/** Hostile values for one path segment, already URL-encoded. */
export const HOSTILE_SEGMENTS: ReadonlyArray<[label: string, segment: string]> = [
  ['not a UUID', 'not-a-uuid'],
  ['a number', '12345'],
  ['NUL', 'abc%00def'],
  ['an encoded lone surrogate', '%ED%A0%80'],
  ['broken percent-encoding', '%E0%A4%A'],
  ['dot segments', '..%2F..%2Fetc%2Fpasswd'],
  ['a UUID with trailing text', '00000000-0000-4000-8000-000000000000x'],
  ['the nil UUID', '00000000-0000-0000-0000-000000000000'],
  ['upper-case UUID', 'A3BB189E-8BF9-4888-9912-ACE4E6543002'],
  ['SQL text', `1'%20OR%20'1'%3D'1`],
  ['a long string', 'a'.repeat(300)],
  ['Persian text', encodeURIComponent('حوله')],
];

/** Hostile query strings for parameters named `names` (the operation's own), raw. */
export function queryMutations(valid: Record<string, string>, names: string[], rng: Rng, count: number): FuzzRequest[] {
  const encode = (q: Record<string, string>) => Object.entries(q).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  const base = encode(valid);
  const out: FuzzRequest[] = [];
  const hostile: Array<[string, string]> = [
    ['NUL', 'a%00b'],
    ['an encoded lone surrogate', '%ED%A0%80'],
    ['broken percent-encoding', '%'],
    ['-0', '-0'],
    ['1e308', '1e308'],
    ['2^53', '9007199254740992'],
    ['-1', '-1'],
    ['a huge string (20k)', 'x'.repeat(20_000)],
    ['an array', '1&{name}=2'],
    ['bracket syntax', ''],
    ['RTL override', '%E2%80%AE'],
    ['"NaN"', 'NaN'],
    ['an empty value', ''],
    ['Infinity', 'Infinity'],
  ];
  for (const name of names) for (const [label, raw] of hostile.slice(0, 2)) out.push({ label: `${label} in query ${name}`, query: [...base.filter((p) => !p.startsWith(`${name}=`)), `${name}=${raw}`].join('&') });
  out.splice(Math.floor(count * 0.6));
  while (out.length < count) {
    const roll = rng.int(4);
    if (roll === 0 || names.length === 0) {
      const raw = rng.pick(['__proto__[isAdmin]=true', 'constructor[prototype][polluted]=1', '__proto__=x', 'a[b][c][d][e][f]=1', '&&&==&', `${'x'.repeat(5000)}=1`]);
      out.push({ label: `query "${raw.slice(0, 40)}"`, query: [...base, raw].join('&') });
      continue;
    }
    const name = rng.pick(names);
    const [label, raw] = rng.pick(hostile);
    const value = raw.replace('{name}', encodeURIComponent(name));
    const pair = label === 'bracket syntax' ? `${name}[x]=1` : `${name}=${value}`;
    out.push({ label: `${label} in query ${name}`, query: [...base.filter((p) => !p.startsWith(`${name}=`)), pair].join('&') });
  }
  return out;
}

/** Broken multipart bodies for an upload route whose file field is `field`. */
export function multipartMutations(field: string, validFile: Buffer, rng: Rng, count: number): FuzzRequest[] {
  const boundary = '----fuzz-boundary';
  const part = (name: string, content: string | Buffer, filename?: string, type = 'image/png') =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename !== undefined ? `; filename="${filename}"\r\nContent-Type: ${type}` : ''}\r\n\r\n`),
      Buffer.isBuffer(content) ? content : Buffer.from(content),
      Buffer.from('\r\n'),
    ]);
  const end = Buffer.from(`--${boundary}--\r\n`);
  const multipart = (label: string, ...parts: Buffer[]): FuzzRequest => ({ label, body: { text: Buffer.concat([...parts, end]), contentType: `multipart/form-data; boundary=${boundary}` } });
  const cases: Array<() => FuzzRequest> = [
    () => multipart('a valid image', part(field, validFile, 'photo.png')),
    () => multipart('NUL in a text field', part('altFa', 'عکس\u0000'), part(field, validFile, 'photo.png')),
    () => multipart('lone surrogate in a text field', part('altEn', Buffer.from([0x61, 0xed, 0xa0, 0x80])), part(field, validFile, 'photo.png')),
    () => multipart('huge text field', part('altFa', 'ب'.repeat(100_000)), part(field, validFile, 'photo.png')),
    () => multipart('no file part', part('altFa', 'عکس')),
    () => multipart('an empty file', part(field, Buffer.alloc(0), 'empty.png')),
    () => multipart('text that claims to be an image', part(field, 'not an image at all', 'fake.png')),
    () => multipart('a truncated image', part(field, validFile.subarray(0, Math.floor(validFile.length / 2)), 'half.png')),
    () => multipart('two files', part(field, validFile, 'a.png'), part(field, validFile, 'b.png')),
    () => multipart('a hostile filename', part(field, validFile, '../../etc/passwd\u0000.png')),
    () => multipart('a hostile part name', part('__proto__', 'x'), part(field, validFile, 'photo.png')),
    () => multipart('a wrong declared type', part(field, validFile, 'photo.png', 'application/x-msdownload')),
    () => ({ label: 'no boundary', body: { text: part(field, validFile, 'photo.png'), contentType: 'multipart/form-data' } }),
    () => ({ label: 'boundary mismatch', body: { text: part(field, validFile, 'photo.png'), contentType: 'multipart/form-data; boundary=other' } }),
    () => ({ label: 'truncated multipart', body: { text: part(field, validFile, 'photo.png').subarray(0, 80), contentType: `multipart/form-data; boundary=${boundary}` } }),
    () => ({ label: 'JSON to an upload route', body: { text: '{"file":"x"}', contentType: 'application/json' } }),
    () => ({ label: 'empty multipart body', body: { text: '', contentType: `multipart/form-data; boundary=${boundary}` } }),
  ];
  return Array.from({ length: count }, (_, i) => (i < cases.length ? cases[i]! : rng.pick(cases))());
}

const STACK = /\bat .+\(.+:\d+:\d+\)|node_modules|\.ts:\d+:\d+/;
const SQL = [/\b(select|insert|update|delete)\b.+\b(from|into|set)\b/i, /syntax error at or near/i, /violates .* constraint/i, /relation "/i, /\bduplicate key value\b/i, /invalid input syntax for/i];

/** Why a response is a failure, or undefined: a 5xx, a stack trace or SQL text the request did not itself send. */
export function verdict(status: number, body: string, sent: string): string | undefined {
  if (status >= 500) return `status ${status}`;
  if (STACK.test(body)) return 'stack trace in the response';
  const sql = SQL.find((re) => re.test(body) && !re.test(sent));
  return sql ? `SQL text in the response (${sql.source})` : undefined;
}
