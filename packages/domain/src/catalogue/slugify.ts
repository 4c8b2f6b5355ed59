import { normalizePersian } from '../text/normalize-persian.ts';

/**
 * A URL slug that keeps Persian words readable («حوله‌بافی مهرگان» → «حوله-بافی-مهرگان»):
 * letters and digits of any script survive, everything else becomes a single hyphen.
 */
export function slugify(name: string, maxLength = 60): string {
  const slug = normalizePersian(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'shop';
}

/** The first of `base`, `base-2`, `base-3`… that `isTaken` does not claim. */
export async function uniqueSlug(base: string, isTaken: (candidate: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
