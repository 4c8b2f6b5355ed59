import { describe, expect, it } from 'vitest';
import { parseSheba } from './sheba.ts';

// Real-format numbers (bank code, account type, account number) whose check digits were computed
// independently with Python's big integers: Parsian, Melli, Mellat, Saman, Pasargad, Eghtesad Novin,
// and the example the IBAN registry publishes for Iran.
const valid = [
  'IR820540102680020817909002',
  'IR110170000000123456789001',
  'IR260120000000004567891230',
  'IR810560100000001234567001',
  'IR570570200000000000123456',
  'IR170550000000987654321002',
  'IR062960000000100324200001',
];

describe('parseSheba', () => {
  it.each(valid)('accepts %s', (sheba) => {
    expect(parseSheba(sheba)).toEqual({ ok: true, sheba });
  });

  it('accepts the number as people type and paste it, and normalises it', () => {
    const expected = { ok: true, sheba: 'IR820540102680020817909002' };
    expect(parseSheba('IR82 0540 1026 8002 0817 9090 02')).toEqual(expected);
    expect(parseSheba('  ir820540102680020817909002 ')).toEqual(expected);
    expect(parseSheba('IR۸۲۰۵۴۰۱۰۲۶۸۰۰۲۰۸۱۷۹۰۹۰۰۲')).toEqual(expected);
    expect(parseSheba('IR٨٢٠٥٤٠١٠٢٦٨٠٠٢٠٨١٧٩٠٩٠٠٢')).toEqual(expected);
    expect(parseSheba('IR82-0540-1026-8002-0817-9090-02')).toEqual(expected);
    // Copied out of Persian text: direction marks and isolates around it, a no-break space inside.
    expect(parseSheba('\u2066IR82\u00a00540 1026 8002 0817 9090 02\u2069\u200f')).toEqual(expected);
    // Forms that print the IR themselves get only the 24 digits.
    expect(parseSheba('۸۲ ۰۵۴۰ ۱۰۲۶ ۸۰۰۲ ۰۸۱۷ ۹۰۹۰ ۰۲')).toEqual(expected);
  });

  it.each([
    ['empty', ''],
    ['too short', 'IR82054010268002081790900'],
    ['too long', 'IR8205401026800208179090021'],
    ['another country, though a valid IBAN', 'DE89370400440532013000'],
    ['a letter among the digits', 'IR82054010268002081790900A'],
    ['no country code and 23 digits', '82054010268002081790900'],
    ['another country code on 24 digits', 'IQ820540102680020817909002'],
  ])('refuses the wrong shape: %s', (_, input) => {
    expect(parseSheba(input)).toEqual({ ok: false, reason: 'format' });
  });

  it('refuses every single mistyped digit', () => {
    for (const sheba of valid) {
      for (let position = 2; position < sheba.length; position++) {
        for (let digit = 0; digit <= 9; digit++) {
          if (String(digit) === sheba[position]) continue;
          const typo = sheba.slice(0, position) + digit + sheba.slice(position + 1);
          expect(parseSheba(typo), typo).toEqual({ ok: false, reason: 'checksum' });
        }
      }
    }
  });

  it('refuses every swap of two different neighbouring digits', () => {
    for (const sheba of valid) {
      for (let position = 2; position < sheba.length - 1; position++) {
        if (sheba[position] === sheba[position + 1]) continue;
        const swapped = sheba.slice(0, position) + sheba[position + 1] + sheba[position] + sheba.slice(position + 2);
        expect(parseSheba(swapped), swapped).toEqual({ ok: false, reason: 'checksum' });
      }
    }
  });

  it('refuses check digits 00, 01 and 99, which the remainder alone would let through', () => {
    // The true check digits of these are 98 and 97: 01 and 00 leave the same remainder mod 97.
    expect(parseSheba('IR980170000000000000000090').ok).toBe(true);
    expect(parseSheba('IR010170000000000000000090')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseSheba('IR970170000000000000000011').ok).toBe(true);
    expect(parseSheba('IR000170000000000000000011')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseSheba('IR990170000000000000000011')).toEqual({ ok: false, reason: 'checksum' });
  });
});
