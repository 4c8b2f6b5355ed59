/**
 * A demand (نیاز) an organisation posts: open to offers until its deadline passes (`closed`) or
 * contracts cover its whole quantity (`contracted`); the organisation may withdraw it (`cancelled`).
 */
export const demandStatuses = ['open', 'contracted', 'closed', 'cancelled'] as const;
export type DemandStatus = (typeof demandStatuses)[number];

/**
 * `fill`: an accepted offer leaves no open quantity. `release`: a proposed contract lapsed or was
 * cancelled before signature, so its quantity is open again (the caller sends it only before the
 * deadline; after it, `expire`). `expire`: the deadline's day is over in Tehran. `cancel`: the organisation withdraws it.
 */
export const demandEvents = ['fill', 'release', 'expire', 'cancel'] as const;
export type DemandEvent = (typeof demandEvents)[number];

const transitions: Record<DemandEvent, Partial<Record<DemandStatus, DemandStatus>>> = {
  fill: { open: 'contracted' },
  release: { contracted: 'open' },
  // A contracted demand is done with offers either way; closing it at the deadline changes nothing a supplier could use.
  expire: { open: 'closed', contracted: 'contracted' },
  // Once contracts cover it, withdrawing the demand would undo them: contracts are cancelled one by one, with reasons.
  cancel: { open: 'cancelled' },
};

/** The status an event leads to, or null when the demand's state does not allow it. */
export function nextDemandStatus(current: DemandStatus, event: DemandEvent): DemandStatus | null {
  return transitions[event][current] ?? null;
}
