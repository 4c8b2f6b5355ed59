import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from './normalize-for-search.ts';

describe('normalizeForSearch', () => {
  it.each([
    // The half-space, joined or spaced: one word.
    ['کیف‌ها', 'کیفها'],
    ['کیفها', 'کیفها'],
    ['کیف ها', 'کیفها'],
    ['کیف های چرمی', 'کیفهای چرمی'],
    ['می‌بافد', 'میبافد'],
    ['می بافد', 'میبافد'],
    ['بزرگ‌ترین', 'بزرگترین'],
    // Arabic keyboard letters and forms.
    ['كيف', 'کیف'],
    ['حوله ي نخي', 'حوله ی نخی'],
    ['خانۀ ما', 'خانه ما'],
    ['مدرسة', 'مدرسه'],
    // Digits, diacritics, tatweel, punctuation, case.
    ['عسل ۱ کیلویی', 'عسل 1 کیلویی'],
    ['عسل ١ كيلويي', 'عسل 1 کیلویی'],
    ['عَسَلِ طبیعی', 'عسل طبیعی'],
    ['چــرم', 'چرم'],
    ['Honey, 1KG!', 'honey 1kg'],
    ['  «گلیم»  دستباف ', 'گلیم دستباف'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('keeps the parts of half-spaced words in documents, so a part still matches', () => {
    expect(normalizeForSearch('حوله‌بافی مهرگان', { expand: true })).toBe('حولهبافی حوله بافی مهرگان');
  });
});
