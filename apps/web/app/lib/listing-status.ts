import type { ListingStatus } from './catalogue-types.ts';

export type ListingStatusChange = 'publish' | 'pause' | 'archive';

/** The status changes the API allows from each status; an archived listing stays archived. */
export function possibleChanges(status: ListingStatus): ListingStatusChange[] {
  if (status === 'active') return ['pause', 'archive'];
  if (status === 'archived') return [];
  return ['publish', 'archive'];
}

/** The form's `intent` as a status change, if it is one. */
export function statusChangeOf(intent: string): ListingStatusChange | undefined {
  return intent === 'publish' || intent === 'pause' || intent === 'archive' ? intent : undefined;
}
