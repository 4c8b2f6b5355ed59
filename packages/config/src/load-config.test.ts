import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readOrCreateSecret } from './index.ts';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      dataDir: '.data',
      databaseUrl: undefined,
      apiPort: 3000,
      webPort: 3001,
      apiUrl: 'http://127.0.0.1:3000',
      meili: undefined,
      stripe: undefined,
      authRateLimit: 30,
      apiRateLimit: 1200,
      searchCacheEntries: 2000,
      orderPaymentMinutes: 1440,
      commissionBps: 1000,
      host: '127.0.0.1',
      trustProxy: ['loopback'],
    });
  });

  it('binds to every interface in production and reads the trusted proxies', () => {
    const secrets = { JWT_SECRET: 'j'.repeat(32), SESSION_SECRET: 's'.repeat(32) };
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).host).toBe('0.0.0.0');
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('derives API_URL from API_PORT and treats empty values as unset', () => {
    expect(loadConfig({ API_PORT: '4100', DATABASE_URL: '' }).apiUrl).toBe('http://127.0.0.1:4100');
    expect(loadConfig({ API_URL: 'http://api.internal:80/' }).apiUrl).toBe('http://api.internal:80');
  });

  it.each([
    [{ API_PORT: 'abc' }, /^Invalid configuration: API_PORT must be a number \(got "abc"\)$/],
    [{ API_PORT: '70000' }, /^Invalid configuration: API_PORT /],
    [{ DATABASE_URL: 'mysql://x' }, /^Invalid configuration: DATABASE_URL must start with postgres/],
    [{ MEILI_HOST: 'not a url' }, /^Invalid configuration: MEILI_HOST must be an http\(s\) URL/],
    [{ JWT_SECRET: 'short' }, /^Invalid configuration: JWT_SECRET must be at least 32 characters \(got "…"\)$/],
    [{ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }, /^Invalid configuration: JWT_SECRET is required when NODE_ENV=production$/],
    [{ LOG_LEVEL: 'loud' }, /^Invalid configuration: LOG_LEVEL must be one of/],
    [{ TRUST_PROXY: 'a b' }, /^Invalid configuration: TRUST_PROXY must be true, false, or a comma-separated list/],
  ])('refuses %j with one line naming the variable', (env, message) => {
    const attempt = () => loadConfig(env);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });

  it('switches to the real engines when they are configured', () => {
    const config = loadConfig({ MEILI_HOST: 'http://127.0.0.1:7700', STRIPE_SECRET_KEY: 'sk_test_123', STRIPE_WEBHOOK_SECRET: 'whsec_abc', CURRENCY: 'USD' });
    expect(config.meili).toEqual({ host: 'http://127.0.0.1:7700', apiKey: undefined });
    expect(config.stripe).toEqual({ secretKey: 'sk_test_123', webhookSecret: 'whsec_abc', api: undefined });
    expect(config.currency).toBe('USD');
  });

  it('points Stripe at another API server when STRIPE_API_BASE is set', () => {
    const stripe = { STRIPE_SECRET_KEY: 'sk_test_123', STRIPE_WEBHOOK_SECRET: 'whsec_abc', CURRENCY: 'EUR' };
    expect(loadConfig({ ...stripe, STRIPE_API_BASE: 'http://127.0.0.1:12111' }).stripe?.api).toEqual({ host: '127.0.0.1', port: 12111, protocol: 'http' });
    expect(loadConfig({ ...stripe, STRIPE_API_BASE: 'https://stripe.internal/' }).stripe?.api).toEqual({ host: 'stripe.internal', port: 443, protocol: 'https' });
  });

  it('charges in rials by default and pays to a working demo account', () => {
    const config = loadConfig({});
    expect(config.currency).toBe('IRR');
    expect(config.manualPayee).toEqual({
      holderName: { fa: 'بازارچه (حساب نمونه)', en: 'Bazaarche (demo account)' },
      bankName: { fa: 'بانک نمونه', en: 'Demo Bank' },
      sheba: 'IR062960000000100324200001',
      cardNumber: undefined,
    });
    const own = loadConfig({ MANUAL_PAYEE_NAME: 'تعاونی بافندگان', MANUAL_PAYEE_BANK: 'بانک ملت', MANUAL_PAYEE_BANK_EN: 'Bank Mellat', MANUAL_PAYEE_CARD: '6037 9911 9999 9995' });
    expect(own.manualPayee.holderName).toEqual({ fa: 'تعاونی بافندگان', en: 'تعاونی بافندگان' });
    expect(own.manualPayee.bankName).toEqual({ fa: 'بانک ملت', en: 'Bank Mellat' });
    expect(own.manualPayee.cardNumber).toBe('6037 9911 9999 9995');
  });

  it.each([
    [{ CURRENCY: 'usd' }, /^Invalid configuration: CURRENCY must be an ISO 4217 code in capitals/],
    [{ MANUAL_PAYEE_SHEBA: 'IR062960000000100324200002' }, /^Invalid configuration: MANUAL_PAYEE_SHEBA must be a valid Sheba number/],
    [{ STRIPE_API_BASE: 'localhost:12111' }, /^Invalid configuration: STRIPE_API_BASE must be an http\(s\) URL/],
    [{ STRIPE_SECRET_KEY: 'sk_test_123', CURRENCY: 'USD' }, /^Invalid configuration: STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY/],
  ])('refuses payment settings %j with one line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('readOrCreateSecret', () => {
  it('creates a private secret once and returns the same one after', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'bz-secret-')), 'nested');
    const first = readOrCreateSecret(dir, 'jwt');
    expect(first.length).toBeGreaterThanOrEqual(48);
    expect(readOrCreateSecret(dir, 'jwt')).toBe(first);
    expect(statSync(join(dir, 'jwt.secret')).mode & 0o777).toBe(0o600);
  });
});
