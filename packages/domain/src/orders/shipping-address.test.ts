import { describe, expect, it } from 'vitest';
import { normalizeIranianMobile, SHIPPING_ADDRESS_MAX_LENGTH, validateShippingAddress, type ShippingAddress } from './shipping-address.ts';

const provinces = new Set(['IR-23', 'IR-10', 'IR-02']);
const typed: ShippingAddress = {
  recipientName: '  زهرا   احمدی ',
  phone: '۰۹۱۲ ۳۴۵ ۶۷۸۹',
  provinceCode: 'IR-10',
  city: 'اصفهان',
  addressLine: 'خیابان چهارباغ بالا،  کوچه‌ی ۱۲، پلاک ۴،\nواحد ۳',
  postalCode: '۸۱۷۴۶-۷۳۴۱۱',
};

describe('normalizeIranianMobile', () => {
  it.each([
    ['09123456789', '09123456789'],
    ['9123456789', '09123456789'],
    ['+989123456789', '09123456789'],
    ['989123456789', '09123456789'],
    ['00989123456789', '09123456789'],
    ['+98 (0) 912 345 6789', '09123456789'],
    ['۰۹۱۲۳۴۵۶۷۸۹', '09123456789'],
    ['٠٩٣٥١٢٣٤٥٦٧', '09351234567'],
    ['+۹۸ ۹۰۱ ۲۳۴ ۵۶۷۸', '09012345678'],
    ['0912-345-6789', '09123456789'],
    // Copied from a right-to-left page, with its invisible direction marks.
    ['\u200e09123456789\u200f', '09123456789'],
    // Prefixes an operator list from a library may not know yet are still numbers people own.
    ['09341234567', '09341234567'],
    ['09981234567', '09981234567'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeIranianMobile(input)).toBe(expected);
  });

  it.each([
    ['a Tehran landline', '02188776655'],
    ['one digit short', '0912345678'],
    ['one digit long', '091234567890'],
    ['not starting with 9', '08123456789'],
    ['another country', '+447700900123'],
    ['letters', '0912abc6789'],
    ['nothing', ''],
  ])('refuses %s', (_, input) => {
    expect(normalizeIranianMobile(input)).toBeNull();
  });
});

describe('validateShippingAddress', () => {
  it('tidies a real address typed in Persian digits', () => {
    expect(validateShippingAddress(typed, provinces)).toEqual({
      ok: true,
      address: {
        recipientName: 'زهرا احمدی',
        phone: '09123456789',
        provinceCode: 'IR-10',
        city: 'اصفهان',
        // The half-space stays; Persian digits in the address line are the buyer's to keep.
        addressLine: 'خیابان چهارباغ بالا، کوچه‌ی ۱۲، پلاک ۴، واحد ۳',
        postalCode: '8174673411',
      },
    });
  });

  it('accepts a postal code in Arabic-Indic or ASCII digits, with or without its hyphen', () => {
    for (const postalCode of ['٨١٧٤٦٧٣٤١١', '81746-73411', ' 8174673411 ', '۸۱۷۴۶ ۷۳۴۱۱']) {
      expect(validateShippingAddress({ ...typed, postalCode }, provinces)).toMatchObject({ ok: true, address: { postalCode: '8174673411' } });
    }
  });

  it.each([
    ['nine digits', '۱۲۳۴۵۶۷۸۹'],
    ['eleven digits', '12345678901'],
    ['a letter among the digits', '81746a3411'],
  ])('refuses a postal code of %s', (_, postalCode) => {
    expect(validateShippingAddress({ ...typed, postalCode }, provinces)).toEqual({ ok: false, issues: [{ field: 'postalCode', code: 'invalid_postal_code' }] });
  });

  it('refuses a phone that is not an Iranian mobile', () => {
    expect(validateShippingAddress({ ...typed, phone: '۰۲۱ ۸۸۷۷ ۶۶۵۵' }, provinces)).toEqual({ ok: false, issues: [{ field: 'phone', code: 'invalid_mobile' }] });
  });

  it('refuses a province the taxonomy does not have', () => {
    expect(validateShippingAddress({ ...typed, provinceCode: 'IR-99' }, provinces)).toEqual({
      ok: false,
      issues: [{ field: 'provinceCode', code: 'unknown_province' }],
    });
    expect(validateShippingAddress({ ...typed, provinceCode: ' IR-23 ' }, provinces)).toMatchObject({ ok: true, address: { provinceCode: 'IR-23' } });
  });

  it('requires every field, blank and whitespace alike, in the order of the form', () => {
    const blank = { recipientName: ' ', phone: '', provinceCode: '', city: '\n', addressLine: '   ', postalCode: ' - ' };
    expect(validateShippingAddress(blank, provinces)).toEqual({
      ok: false,
      issues: (['recipientName', 'phone', 'provinceCode', 'city', 'addressLine', 'postalCode'] as const).map((field) => ({ field, code: 'required' })),
    });
  });

  it('holds names and address to their limits, counted after tidying', () => {
    const at = (n: number) => 'ب'.repeat(n);
    const { recipientName, city, addressLine } = SHIPPING_ADDRESS_MAX_LENGTH;
    expect(validateShippingAddress({ ...typed, recipientName: at(recipientName), city: at(city), addressLine: `  ${at(addressLine)}  ` }, provinces).ok).toBe(true);
    expect(validateShippingAddress({ ...typed, recipientName: at(recipientName + 1), city: at(city + 1), addressLine: at(addressLine + 1) }, provinces)).toEqual({
      ok: false,
      issues: [
        { field: 'recipientName', code: 'too_long' },
        { field: 'city', code: 'too_long' },
        { field: 'addressLine', code: 'too_long' },
      ],
    });
  });

  it('reports one issue for each bad field at once', () => {
    const result = validateShippingAddress({ ...typed, recipientName: '', phone: '12345', postalCode: '۱۲۳۴۵۶۷۸۹' }, provinces);
    expect(result).toEqual({
      ok: false,
      issues: [
        { field: 'recipientName', code: 'required' },
        { field: 'phone', code: 'invalid_mobile' },
        { field: 'postalCode', code: 'invalid_postal_code' },
      ],
    });
  });
});
