import { tomanToRial } from '@bazaarche/i18n';

/** What a person typed into a number box: nothing, a number, or something that is not one. */
export type NumberInput = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

// Persian (U+06F0…) and Arabic-Indic (U+0660…) keyboards type their own digits.
const digitOffsets = [0x06f0, 0x0660];
// Grouping marks people type or paste: comma, Arabic thousands separator, Arabic comma, spaces, ZWNJ.
const groupingMarks = /[,\u066c\u060c\s\u200c\u202f]/g;

export function latinDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const base = digitOffsets.find((offset) => code >= offset && code <= offset + 9)!;
    return String(code - base);
  });
}

/** A count (stock, days, quantity): a whole number of zero or more, in any digits, with grouping marks. */
export function parseWholeNumber(text: string): NumberInput {
  const plain = latinDigits(text).replace(groupingMarks, '');
  if (plain === '') return { kind: 'empty' };
  if (!/^\d+$/.test(plain)) return { kind: 'invalid' };
  const value = Number(plain);
  return Number.isSafeInteger(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

// Beyond this a price in rial would stop being an exact integer.
const maxToman = Math.floor(Number.MAX_SAFE_INTEGER / 10);

/**
 * A price typed in Toman, as rial minor units. One decimal place is allowed because a tenth of a
 * Toman is exactly one rial; anything finer cannot be stored.
 */
export function parseTomanAsRial(text: string): NumberInput {
  const plain = latinDigits(text).replace(groupingMarks, '').replace('\u066b', '.');
  if (plain === '') return { kind: 'empty' };
  const match = /^(\d+)(?:\.(\d?))?$/.exec(plain);
  if (!match) return { kind: 'invalid' };
  const whole = Number(match[1]);
  if (!Number.isSafeInteger(whole) || whole > maxToman) return { kind: 'invalid' };
  const tenths = match[2] ? Number(match[2]) : 0;
  // Adding the tenths in rial avoids 0.1 + 0.2 style float error.
  return { kind: 'number', value: tomanToRial(whole) + tenths };
}

/** Rial minor units as a Toman amount to put back in an input: plain Latin digits, no grouping. */
export function rialAsTomanInput(rial: number): string {
  const whole = Math.trunc(rial / 10);
  const tenths = Math.abs(rial % 10);
  return tenths === 0 ? String(whole) : `${whole}.${tenths}`;
}

/** A percentage typed with up to two decimal places (2.5, ۲٫۵), as basis points: 250. */
export function parsePercentAsBps(text: string): NumberInput {
  const plain = latinDigits(text).replace(groupingMarks, '').replace('\u066b', '.').replace(/[%\u066a]$/, '');
  if (plain === '') return { kind: 'empty' };
  const match = /^(\d{1,7})(?:\.(\d{0,2}))?$/.exec(plain);
  if (!match) return { kind: 'invalid' };
  // Whole and hundredths counted apart, so 2.55 is 255 and not 254.99999.
  return { kind: 'number', value: Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) };
}

/** Basis points as a percentage to put back in an input: 250 → "2.5". */
export function bpsAsPercentInput(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const hundredths = String(bps % 100).padStart(2, '0').replace(/0+$/, '');
  return hundredths ? `${whole}.${hundredths}` : String(whole);
}
