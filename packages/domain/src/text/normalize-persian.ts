import { toAsciiDigits } from './to-ascii-digits.ts';

const ARABIC_TO_PERSIAN: Record<string, string> = {
  'ي': 'ی',
  'ى': 'ی',
  'ك': 'ک',
  'ة': 'ه',
  'ۀ': 'ه',
  'أ': 'ا',
  'إ': 'ا',
  'ٱ': 'ا',
  'ؤ': 'و',
};

/**
 * One spelling for text typed on Persian or Arabic keyboards: Arabic letters to their Persian
 * forms, Persian and Arabic-Indic digits to ASCII, diacritics and tatweel removed, NFKC, lower case.
 * ZWNJ (half-space) is kept: callers decide whether it separates or joins.
 */
export function normalizePersian(text: string): string {
  const persianLetters = text.normalize('NFKC').replace(/[يىكةۀأإٱؤ]/g, (letter) => ARABIC_TO_PERSIAN[letter]!);
  return toAsciiDigits(persianLetters)
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .toLowerCase();
}
