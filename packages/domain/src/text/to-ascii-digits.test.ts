import { describe, expect, it } from 'vitest';
import { normalizePersian } from './normalize-persian.ts';
import { toAsciiDigits } from './to-ascii-digits.ts';

describe('toAsciiDigits', () => {
  it('turns Persian and Arabic-Indic digits to ASCII and leaves everything else', () => {
    expect(toAsciiDigits('۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩ IR-12')).toBe('0123456789 0123456789 IR-12');
    expect(normalizePersian('كد ۱۲٣')).toBe('کد 123');
  });
});
