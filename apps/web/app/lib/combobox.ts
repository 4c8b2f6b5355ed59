/**
 * Which option the arrow keys make active in a list of `count` options; -1 is none, the text box
 * itself. Down from the last option and up from the first wrap round, as in the WAI-ARIA
 * combobox pattern.
 */
export function moveActive(active: number, count: number, direction: 'next' | 'previous'): number {
  if (count === 0) return -1;
  if (direction === 'next') return active >= count - 1 ? 0 : active + 1;
  return active <= 0 ? count - 1 : active - 1;
}

/** Shorter queries match too much of the catalogue for suggestions to help. */
const minSuggestLength = 2;

/** The text a suggestion is asked for, or null when it is too short to ask. */
export function suggestQuery(text: string): string | null {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return [...trimmed].length >= minSuggestLength ? trimmed : null;
}
