/** Wraps text of either direction (a Persian name in an English sentence) so it cannot reorder its surroundings. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
