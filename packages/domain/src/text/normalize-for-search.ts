import { normalizePersian } from './normalize-persian.ts';

const ZWNJ = '\u200c';
// Suffixes and prefixes people write joined, with a half-space, or with a space: «کیف‌ها», «کیفها», «کیف ها».
const DETACHED_SUFFIX = /(\p{L}) (ها|های|هایی|هایم|هایت|هایش|تر|ترین)(?=\s|$)/gu;
const DETACHED_PREFIX = /(^|\s)(می|نمی) (\p{L})/gu;

/**
 * Text as search sees it, identical at index and at query time: normalised Persian, punctuation
 * as spaces, and every half-space or detached affix joined, so «کیف‌ها», «کیفها» and «کیف ها» are
 * one word. `expand` (for documents only) also keeps the parts of half-spaced words, so «بافی»
 * still finds «حوله‌بافی».
 */
export function normalizeForSearch(text: string, { expand = false } = {}): string {
  const words = normalizePersian(text)
    .replace(/[^\p{L}\p{N}\u200c]+/gu, ' ')
    .replace(DETACHED_SUFFIX, '$1$2')
    .replace(DETACHED_PREFIX, '$1$2$3')
    .split(' ')
    .filter(Boolean);
  const out: string[] = [];
  for (const word of words) {
    const parts = word.split(ZWNJ).filter(Boolean);
    if (parts.length === 0) continue;
    out.push(parts.join(''));
    if (expand && parts.length > 1) out.push(...parts);
  }
  return out.join(' ');
}
