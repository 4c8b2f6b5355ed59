import { toAsciiDigits } from '../text/to-ascii-digits.ts';

/**
 * Iranian IBANs (Sheba): `IR`, two check digits, then 22 digits (bank code, account). The check is
 * ISO 13616's: move the first four characters to the end, letters to numbers (I=18, R=27), and the
 * whole must leave 1 when divided by 97. It catches every single wrong digit and every swap of
 * two neighbouring digits, so a typo in a seller's account number is refused before money is sent to it.
 */
export type ShebaResult = { ok: true; sheba: string } | { ok: false; reason: 'format' | 'checksum' };

/**
 * Checks a Sheba number as a person types or pastes it: spaces, dashes, invisible direction marks,
 * Persian or Arabic digits and a lower-case `ir` are accepted, and so are the 24 digits alone (forms
 * often print the `IR`). A valid number comes back as `IR` + 24 ASCII digits.
 */
export function parseSheba(input: string): ShebaResult {
  const compact = toAsciiDigits(input)
    .replace(/[\s\-\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .toUpperCase();
  const sheba = /^\d{24}$/.test(compact) ? `IR${compact}` : compact;
  if (!/^IR\d{24}$/.test(sheba)) return { ok: false, reason: 'format' };
  // 00, 01 and 99 are never issued: 01 and 98 leave the same remainder, so the sum alone would pass them.
  const checkDigits = Number(sheba.slice(2, 4));
  if (checkDigits < 2 || checkDigits > 98) return { ok: false, reason: 'checksum' };
  return mod97(`${sheba.slice(4)}1827${sheba.slice(2, 4)}`) === 1 ? { ok: true, sheba } : { ok: false, reason: 'checksum' };
}

function mod97(digits: string): number {
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder;
}
