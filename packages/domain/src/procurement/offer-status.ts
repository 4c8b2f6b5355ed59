/** A supplier's offer on a demand: submitted, then withdrawn by the supplier, or accepted or rejected by the organisation. */
export const offerStatuses = ['submitted', 'withdrawn', 'accepted', 'rejected'] as const;
export type OfferStatus = (typeof offerStatuses)[number];

/**
 * `reject` is also what happens to offers still submitted when their demand closes, is cancelled
 * or is filled by other offers: no offer is left waiting on a demand that can take none.
 */
export const offerEvents = ['withdraw', 'accept', 'reject'] as const;
export type OfferEvent = (typeof offerEvents)[number];

const transitions: Record<OfferEvent, Partial<Record<OfferStatus, OfferStatus>>> = {
  // Accepted, an offer is a proposed contract: from then on the supplier declines by not signing, or it lapses.
  withdraw: { submitted: 'withdrawn' },
  accept: { submitted: 'accepted' },
  reject: { submitted: 'rejected' },
};

/** The status an event leads to, or null when the offer's state does not allow it. */
export function nextOfferStatus(current: OfferStatus, event: OfferEvent): OfferStatus | null {
  return transitions[event][current] ?? null;
}
