import { describe, expect, it } from 'vitest';
import { bpsAsPercentInput, latinDigits, parsePercentAsBps, parseTomanAsRial, parseWholeNumber, rialAsTomanInput } from '../app/lib/number-input.ts';

describe('parseTomanAsRial', () => {
  it('reads Toman typed with Persian or Arabic-Indic digits and any grouping marks', () => {
    expect(parseTomanAsRial('125000')).toEqual({ kind: 'number', value: 1_250_000 });
    expect(parseTomanAsRial('۱۲۵٬۰۰۰')).toEqual({ kind: 'number', value: 1_250_000 });
    expect(parseTomanAsRial('١٢٥,٠٠٠')).toEqual({ kind: 'number', value: 1_250_000 });
    expect(parseTomanAsRial(' 125 000 ')).toEqual({ kind: 'number', value: 1_250_000 });
    expect(parseTomanAsRial('۱۲۵،۰۰۰')).toEqual({ kind: 'number', value: 1_250_000 });
  });

  it('keeps a tenth of a Toman, which is exactly one rial, and nothing finer', () => {
    expect(parseTomanAsRial('12.5')).toEqual({ kind: 'number', value: 125 });
    expect(parseTomanAsRial('۱۲٫۵')).toEqual({ kind: 'number', value: 125 });
    // 0.1 + 0.2 style float error would make this 3.0000000000000004 toman.
    expect(parseTomanAsRial('0.3')).toEqual({ kind: 'number', value: 3 });
    expect(parseTomanAsRial('12.')).toEqual({ kind: 'number', value: 120 });
    expect(parseTomanAsRial('12.55')).toEqual({ kind: 'invalid' });
  });

  it('tells an empty box from one holding something that is not a price', () => {
    expect(parseTomanAsRial('')).toEqual({ kind: 'empty' });
    expect(parseTomanAsRial('  ')).toEqual({ kind: 'empty' });
    for (const text of ['دوازده', '-500', '1e6', '12a', '.5', '0x10']) expect(parseTomanAsRial(text), text).toEqual({ kind: 'invalid' });
  });

  it('refuses amounts whose rial would no longer be an exact integer', () => {
    expect(parseTomanAsRial(String(Math.floor(Number.MAX_SAFE_INTEGER / 10)))).toMatchObject({ kind: 'number' });
    expect(parseTomanAsRial(String(Math.floor(Number.MAX_SAFE_INTEGER / 10) + 1))).toEqual({ kind: 'invalid' });
    expect(parseTomanAsRial('9'.repeat(30))).toEqual({ kind: 'invalid' });
  });

  it('gives back what rialAsTomanInput put in the box', () => {
    for (const rial of [0, 5, 10, 125, 1_250_000, 4_800_001]) {
      expect(parseTomanAsRial(rialAsTomanInput(rial))).toEqual({ kind: 'number', value: rial });
    }
    expect(rialAsTomanInput(1_250_000)).toBe('125000');
    expect(rialAsTomanInput(125)).toBe('12.5');
  });
});

describe('parseWholeNumber', () => {
  it('reads counts in any digits', () => {
    expect(parseWholeNumber('۵')).toEqual({ kind: 'number', value: 5 });
    expect(parseWholeNumber('0')).toEqual({ kind: 'number', value: 0 });
    expect(parseWholeNumber('1,000')).toEqual({ kind: 'number', value: 1000 });
    expect(parseWholeNumber('')).toEqual({ kind: 'empty' });
    expect(parseWholeNumber('2.5')).toEqual({ kind: 'invalid' });
    expect(parseWholeNumber('-1')).toEqual({ kind: 'invalid' });
  });

  it('maps both digit sets to Latin', () => {
    expect(latinDigits('۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩')).toBe('0123456789 0123456789');
  });
});

describe('a percentage as basis points', () => {
  it('reads up to two decimal places in any digits, with or without the sign', () => {
    expect(parsePercentAsBps('5')).toEqual({ kind: 'number', value: 500 });
    expect(parsePercentAsBps('۲٫۵')).toEqual({ kind: 'number', value: 250 });
    expect(parsePercentAsBps('2.55%')).toEqual({ kind: 'number', value: 255 });
    expect(parsePercentAsBps('۰٫۰۱٪')).toEqual({ kind: 'number', value: 1 });
    expect(parsePercentAsBps('')).toEqual({ kind: 'empty' });
    expect(parsePercentAsBps('2.555')).toEqual({ kind: 'invalid' });
    expect(parsePercentAsBps('-5')).toEqual({ kind: 'invalid' });
  });

  it('puts basis points back in a box as the shortest percentage', () => {
    expect([0, 1, 250, 500, 1234].map(bpsAsPercentInput)).toEqual(['0', '0.01', '2.5', '5', '12.34']);
  });
});
