export type Direction = 'earlier' | 'later';

/** The listing's photo ids with one moved a place earlier or later; null when it cannot move (or is not there). */
export function movePhoto(ids: readonly string[], id: string, direction: Direction): string[] | null {
  const from = ids.indexOf(id);
  const to = direction === 'earlier' ? from - 1 : from + 1;
  if (from === -1 || to < 0 || to >= ids.length) return null;
  const order = [...ids];
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order;
}
