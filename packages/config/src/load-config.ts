import { parseSheba } from '@bazaarche/domain';
import { z } from 'zod';

/** The highest per-minute limit either rate-limit variable accepts; the OpenAPI document states it. */
export const RATE_LIMIT_MAX = 10_000_000;

const port = z.coerce.number().int().min(1).max(65535);
const optionalText = z.string().trim().min(1).optional();
const url = z.url({ protocol: /^https?$/ });

// Empty strings count as unset, as a shell `FOO= pnpm start` means "no FOO".
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATA_DIR: z.string().trim().min(1).default('.data'),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
    API_PORT: port.default(3000),
    WEB_PORT: port.default(3001),
    API_URL: url.optional(),
    PUBLIC_URL: url.optional(),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    MEILI_HOST: url.optional(),
    MEILI_API_KEY: optionalText,
    STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_/, 'must be a Stripe secret key (sk_test_… or sk_live_…)').optional(),
    STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_/, 'must start with whsec_').optional(),
    /** Another Stripe API server than api.stripe.com: the local stand-in of tests and benchmarks. */
    STRIPE_API_BASE: url.optional(),
    CURRENCY: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code in capitals, e.g. IRR or USD').default('IRR'),
    // The demo account so `pnpm start` works; a real marketplace sets its own.
    MANUAL_PAYEE_NAME: z.string().trim().min(1).default('بازارچه (حساب نمونه)'),
    MANUAL_PAYEE_NAME_EN: optionalText,
    MANUAL_PAYEE_BANK: z.string().trim().min(1).default('بانک نمونه'),
    MANUAL_PAYEE_BANK_EN: optionalText,
    MANUAL_PAYEE_SHEBA: z
      .string()
      .refine((value) => parseSheba(value).ok, 'must be a valid Sheba number (IR and 24 digits)')
      .default('IR062960000000100324200001'),
    // Checked (length, Luhn) by the manual payments adapter when the API starts.
    MANUAL_PAYEE_CARD: optionalText,
    HOST: z.string().trim().min(1).optional(),
    TRUST_PROXY: z
      .string()
      .trim()
      .regex(/^(true|false|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/, 'must be true, false, or a comma-separated list of addresses, CIDR ranges or loopback')
      .default('loopback'),
    AUTH_RATE_LIMIT: z.coerce.number().int().min(1).max(RATE_LIMIT_MAX).default(30),
    // Generous: a storefront page is a few API calls and its photos, all from one visitor's address.
    API_RATE_LIMIT: z.coerce.number().int().min(1).max(RATE_LIMIT_MAX).default(1200),
    COMMISSION_BPS: z.coerce.number().int().min(0).max(10_000).default(1000),
    ORDER_PAYMENT_MINUTES: z.coerce.number().int().min(1).max(43_200).default(1440),
    SEARCH_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(2000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['STRIPE_WEBHOOK_SECRET'], message: 'is required with STRIPE_SECRET_KEY: without it Stripe payments could never be confirmed' });
    }
    if (env.NODE_ENV !== 'production') return;
    for (const key of ['JWT_SECRET', 'SESSION_SECRET'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when NODE_ENV=production' });
    }
  });

export interface Config {
  env: 'development' | 'production' | 'test';
  dataDir: string;
  databaseUrl: string | undefined;
  apiPort: number;
  webPort: number;
  apiUrl: string;
  publicUrl: string;
  /** The address the servers bind to. */
  host: string;
  /**
   * Which peers may tell us the client's address in X-Forwarded-For: by default only processes on
   * this machine (the web app, a local reverse proxy), so a visitor cannot forge their address.
   */
  trustProxy: boolean | string[];
  /** Unset outside production: the apps then keep a generated one in `dataDir`. */
  jwtSecret: string | undefined;
  sessionSecret: string | undefined;
  meili: { host: string; apiKey: string | undefined } | undefined;
  /** The marketplace's one currency, ISO 4217 upper case. */
  currency: string;
  /** The marketplace's own bank account, shown to buyers who pay by bank transfer. */
  manualPayee: {
    holderName: { fa: string; en: string };
    bankName: { fa: string; en: string };
    sheba: string;
    cardNumber: string | undefined;
  };
  /** Set: card buyers pay through Stripe Checkout, in `currency` (the API's Stripe adapter refuses one Stripe cannot charge in). */
  stripe:
    | {
        secretKey: string;
        webhookSecret: string;
        /** Unset: api.stripe.com. */
        api: { host: string; port: number; protocol: 'http' | 'https' } | undefined;
      }
    | undefined;
  authRateLimit: number;
  /** Requests per minute per client address to any route without a stricter limit of its own. */
  apiRateLimit: number;
  /** Search answers kept until the index changes; 0 turns the cache off. */
  searchCacheEntries: number;
  /** How long an unpaid order keeps its units before it expires and they return to stock. */
  orderPaymentMinutes: number;
  /** The platform's commission on the goods of each delivered fulfilment, in basis points (1000 = 10 %). */
  commissionBps: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/** The one message a person sees when the environment is wrong: it names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const env = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const got = env[name] === undefined ? '' : ` (got ${JSON.stringify(redact(name, env[name]!))})`;
    throw new ConfigError(`Invalid configuration: ${name} ${describe(issue, env[name] !== undefined)}${got}`);
  }
  // Whether Stripe can charge in CURRENCY is the Stripe adapter's to know: the API asks it at start.
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    apiPort: e.API_PORT,
    webPort: e.WEB_PORT,
    apiUrl: stripSlash(e.API_URL ?? `http://127.0.0.1:${e.API_PORT}`),
    publicUrl: stripSlash(e.PUBLIC_URL ?? `http://127.0.0.1:${e.WEB_PORT}`),
    host: e.HOST ?? (e.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    trustProxy: e.TRUST_PROXY === 'true' ? true : e.TRUST_PROXY === 'false' ? false : e.TRUST_PROXY.split(',').map((part) => part.trim()),
    jwtSecret: e.JWT_SECRET,
    sessionSecret: e.SESSION_SECRET,
    meili: e.MEILI_HOST ? { host: e.MEILI_HOST, apiKey: e.MEILI_API_KEY } : undefined,
    currency: e.CURRENCY,
    manualPayee: {
      holderName: { fa: e.MANUAL_PAYEE_NAME, en: e.MANUAL_PAYEE_NAME_EN ?? (env.MANUAL_PAYEE_NAME ? e.MANUAL_PAYEE_NAME : 'Bazaarche (demo account)') },
      bankName: { fa: e.MANUAL_PAYEE_BANK, en: e.MANUAL_PAYEE_BANK_EN ?? (env.MANUAL_PAYEE_BANK ? e.MANUAL_PAYEE_BANK : 'Demo Bank') },
      sheba: e.MANUAL_PAYEE_SHEBA,
      cardNumber: e.MANUAL_PAYEE_CARD,
    },
    stripe: e.STRIPE_SECRET_KEY
      ? { secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET!, api: e.STRIPE_API_BASE ? apiBase(e.STRIPE_API_BASE) : undefined }
      : undefined,
    authRateLimit: e.AUTH_RATE_LIMIT,
    apiRateLimit: e.API_RATE_LIMIT,
    searchCacheEntries: e.SEARCH_CACHE_ENTRIES,
    orderPaymentMinutes: e.ORDER_PAYMENT_MINUTES,
    commissionBps: e.COMMISSION_BPS,
    logLevel: e.LOG_LEVEL,
  };
}

function describe(issue: z.core.$ZodIssue, present: boolean): string {
  if (issue.code === 'invalid_type') return present ? `must be a ${issue.expected}` : 'must be set';
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    return issue.origin === 'number' ? 'must be an integer between the allowed bounds' : issue.message;
  }
  if (issue.code === 'invalid_format' && issue.format === 'url') return 'must be an http(s) URL';
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.join(', ')}`;
  return issue.message.startsWith('Invalid input') ? 'is not valid' : issue.message;
}

function redact(name: string, value: string): string {
  return /SECRET|KEY|PASSWORD/.test(name) || name === 'DATABASE_URL' ? '…' : value;
}

function apiBase(base: string): { host: string; port: number; protocol: 'http' | 'https' } {
  const parsed = new URL(base);
  const protocol = parsed.protocol === 'http:' ? 'http' : 'https';
  return { host: parsed.hostname, port: parsed.port ? Number(parsed.port) : protocol === 'http' ? 80 : 443, protocol };
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
