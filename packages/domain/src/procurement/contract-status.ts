/**
 * A guaranteed-purchase contract: proposed when an offer is accepted, active once both parties
 * have signed, completed when every delivery is received and every invoice paid. A proposal left
 * unsigned lapses; either side may cancel, with a reason once it is active.
 */
export const contractStatuses = ['proposed', 'active', 'completed', 'lapsed', 'cancelled'] as const;
export type ContractStatus = (typeof contractStatuses)[number];

/**
 * `sign` is a signature that leaves the other party's missing, `sign_last` the one that completes
 * both (see signatureEvent); `complete` follows the payment or receipt that settles the last of it
 * (see contractSettled).
 */
export const contractEvents = ['sign', 'sign_last', 'lapse', 'complete', 'cancel'] as const;
export type ContractEvent = (typeof contractEvents)[number];

const transitions: Record<ContractEvent, Partial<Record<ContractStatus, ContractStatus>>> = {
  sign: { proposed: 'proposed' },
  sign_last: { proposed: 'active' },
  lapse: { proposed: 'lapsed' },
  complete: { active: 'completed' },
  cancel: { proposed: 'cancelled', active: 'cancelled' },
};

/** The status an event leads to, or null when the contract's state does not allow it. */
export function nextContractStatus(current: ContractStatus, event: ContractEvent): ContractStatus | null {
  return transitions[event][current] ?? null;
}

export const CONTRACT_SIGNATURE_DAYS = 14;
const DAY_MS = 86_400_000;

/** The moment a proposal made at `proposedAt` lapses if a signature is still missing: 14 × 24 hours later. */
export function contractLapsesAt(proposedAt: Date): Date {
  const time = proposedAt.getTime();
  if (Number.isNaN(time)) throw new RangeError('proposedAt is not a valid date');
  return new Date(time + CONTRACT_SIGNATURE_DAYS * DAY_MS);
}

/** Whether a proposal has lapsed at `now`: a signature at the lapse instant itself is too late. */
export function contractHasLapsed(proposedAt: Date, now: Date): boolean {
  return now.getTime() >= contractLapsesAt(proposedAt).getTime();
}

export type ContractParty = 'organization' | 'supplier';

/**
 * A party's signature on a proposal: refused once that party has signed (a second signature is a
 * conflict, not a no-op that could hide a double click on the wrong contract), the last when the other party has signed.
 */
export function signatureEvent(signed: { organization: boolean; supplier: boolean }, party: ContractParty): ContractEvent | 'already_signed' {
  if (signed[party]) return 'already_signed';
  const other: ContractParty = party === 'organization' ? 'supplier' : 'organization';
  return signed[other] ? 'sign_last' : 'sign';
}

export type CancellationProblem = 'not_cancellable' | 'reason_required';

/**
 * Why a contract cannot be cancelled now, or null when it can. A proposal may be withdrawn without
 * a reason (nothing was agreed yet); an active contract needs one, since cancelling it settles what was delivered and accepted.
 */
export function cancellationProblem(status: ContractStatus, reason: string | undefined): CancellationProblem | null {
  if (nextContractStatus(status, 'cancel') === null) return 'not_cancellable';
  if (status === 'active' && (reason === undefined || reason.trim() === '')) return 'reason_required';
  return null;
}

/**
 * Whether an active contract is settled: it has deliveries, each one received (replacements of
 * rejected units are deliveries of their own, so they count too), and every invoice is paid.
 */
export function contractSettled(contract: {
  deliveries: ReadonlyArray<{ status: string }>;
  invoices: ReadonlyArray<{ status: 'open' | 'paid' }>;
}): boolean {
  return (
    contract.deliveries.length > 0 &&
    contract.deliveries.every((delivery) => delivery.status === 'received') &&
    contract.invoices.every((invoice) => invoice.status === 'paid')
  );
}
