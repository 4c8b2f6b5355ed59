export const listingStatuses = ['draft', 'active', 'paused', 'archived', 'rejected'] as const;
export type ListingStatus = (typeof listingStatuses)[number];

export type ListingAction = 'publish' | 'pause' | 'archive' | 'reject';

const transitions: Record<ListingAction, readonly ListingStatus[]> = {
  // A rejected listing is edited back to draft first; archived is the end.
  publish: ['draft', 'paused'],
  pause: ['active'],
  archive: ['draft', 'active', 'paused', 'rejected'],
  reject: ['draft', 'active', 'paused'],
};

const targets: Record<ListingAction, ListingStatus> = { publish: 'active', pause: 'paused', archive: 'archived', reject: 'rejected' };

/** The status an action leads to, or undefined when the listing's state does not allow it. */
export function nextListingStatus(current: ListingStatus, action: ListingAction): ListingStatus | undefined {
  return transitions[action].includes(current) ? targets[action] : undefined;
}

/** Editing a rejected listing sends it back to draft, to be published (and seen) again. */
export function statusAfterEdit(current: ListingStatus): ListingStatus {
  return current === 'rejected' ? 'draft' : current;
}
