import { normalizePersian } from '../text/normalize-persian.ts';

export interface ShippingAddress {
  recipientName: string;
  phone: string;
  /** ISO 3166-2:IR, e.g. IR-23 for Tehran. */
  provinceCode: string;
  city: string;
  addressLine: string;
  postalCode: string;
}

export type ShippingAddressField = keyof ShippingAddress;
export type ShippingAddressIssueCode = 'required' | 'too_long' | 'invalid_mobile' | 'invalid_postal_code' | 'unknown_province';
export interface ShippingAddressIssue {
  field: ShippingAddressField;
  code: ShippingAddressIssueCode;
}
export type ShippingAddressResult = { ok: true; address: ShippingAddress } | { ok: false; issues: ShippingAddressIssue[] };

/** Room for a full Persian name and a long rural address, short enough to fit a parcel label. */
export const SHIPPING_ADDRESS_MAX_LENGTH = { recipientName: 120, city: 80, addressLine: 300 } as const;

// Whitespace, hyphens, brackets and the invisible direction marks and half-spaces a number picks up when
// copied out of Persian text: none of them are digits, and people type them all.
const NUMBER_DECORATION = /[\s\-()\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Country code (+98, 0098 or 98), then the trunk 0, then 9 and nine digits; everything but the last part is optional.
const IRANIAN_MOBILE = /^(?:\+98|0098|98)?0?(9\d{9})$/;

/** An Iranian mobile number, typed any common way and in any digits, as 09xxxxxxxxx; null if it is not one. */
export function normalizeIranianMobile(phone: string): string | null {
  const match = IRANIAN_MOBILE.exec(normalizePersian(phone).replace(NUMBER_DECORATION, ''));
  return match ? `0${match[1]}` : null;
}

/**
 * A shipping address checked and tidied for storing: ASCII digits in phone and postal code, the
 * mobile as 09xxxxxxxxx, text trimmed with its runs of spaces collapsed. One issue per bad field.
 * The province codes are passed in because the list is data, kept by the database.
 */
export function validateShippingAddress(input: ShippingAddress, provinceCodes: ReadonlySet<string>): ShippingAddressResult {
  const mobile = normalizeIranianMobile(input.phone);
  const address: ShippingAddress = {
    recipientName: tidy(input.recipientName),
    phone: mobile ?? input.phone.trim(),
    provinceCode: input.provinceCode.trim(),
    city: tidy(input.city),
    addressLine: tidy(input.addressLine),
    postalCode: normalizePersian(input.postalCode).replace(NUMBER_DECORATION, ''),
  };
  const tooLong = (field: keyof typeof SHIPPING_ADDRESS_MAX_LENGTH) => (address[field].length > SHIPPING_ADDRESS_MAX_LENGTH[field] ? 'too_long' : null);
  const problems: Record<ShippingAddressField, ShippingAddressIssueCode | null> = {
    recipientName: tooLong('recipientName'),
    phone: mobile ? null : 'invalid_mobile',
    provinceCode: provinceCodes.has(address.provinceCode) ? null : 'unknown_province',
    city: tooLong('city'),
    addressLine: tooLong('addressLine'),
    postalCode: /^\d{10}$/.test(address.postalCode) ? null : 'invalid_postal_code',
  };

  const issues: ShippingAddressIssue[] = [];
  for (const field of Object.keys(problems) as ShippingAddressField[]) {
    const code = address[field] === '' ? 'required' : problems[field];
    if (code) issues.push({ field, code });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, address };
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
