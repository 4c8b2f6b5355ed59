import { describe, expect, it } from 'vitest';
import { defineMessages, dirOf, formatDate, formatMoney, formatNumber, negotiateLocale, tomanToRial, translate } from './index.ts';

describe('negotiateLocale', () => {
  it('defaults to Persian', () => {
    expect(negotiateLocale(undefined)).toBe('fa');
    expect(negotiateLocale('de-DE,de;q=0.9')).toBe('fa');
  });
  it('honours weights and regions', () => {
    expect(negotiateLocale('en-US,en;q=0.9')).toBe('en');
    expect(negotiateLocale('fa;q=0.4, en;q=0.8')).toBe('en');
    expect(negotiateLocale('en;q=0, fa')).toBe('fa');
  });
});

describe('formatting', () => {
  it('writes Persian digits and Jalali dates in fa', () => {
    expect(formatNumber(1250000, 'fa')).toBe('۱٬۲۵۰٬۰۰۰');
    expect(formatNumber(1250000, 'en')).toBe('1,250,000');
    // 2026-03-21 is 1 Farvardin 1405.
    expect(formatDate(new Date('2026-03-21T12:00:00Z'), 'fa', { year: 'numeric', month: 'numeric', day: 'numeric' })).toBe('۱۴۰۵/۱/۱');
  });
  it('knows the direction of each language', () => {
    expect(dirOf('fa')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
  });
});

describe('translate', () => {
  const messages = defineMessages({ hello: { fa: 'سلام {name}', en: 'Hello {name}' } });
  it('fills parameters in the chosen language', () => {
    expect(translate(messages.hello, 'en', { name: 'Sara' })).toBe('Hello Sara');
    expect(translate(messages.hello, 'fa', { name: 'سارا' })).toBe('سلام سارا');
  });
});

describe('formatMoney', () => {
  it('shows rial amounts as Toman, with Persian digits in fa', () => {
    expect(formatMoney(1_250_000, 'IRR', 'fa')).toBe('۱۲۵٬۰۰۰ تومان');
    expect(formatMoney(1_250_000, 'IRR', 'en')).toBe('125,000 toman');
    expect(tomanToRial(125_000)).toBe(1_250_000);
  });
  it('uses the currency symbol for other currencies', () => {
    expect(formatMoney(1999, 'USD', 'en')).toBe('$19.99');
  });
});
