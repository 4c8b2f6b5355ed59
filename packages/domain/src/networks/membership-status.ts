/** A producer in a network: invited by its leader, active once they accept. Leaving or being removed ends the membership. */
export const membershipStatuses = ['invited', 'active'] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

export const membershipEvents = ['accept'] as const;
export type MembershipEvent = (typeof membershipEvents)[number];

const transitions: Record<MembershipEvent, Partial<Record<MembershipStatus, MembershipStatus>>> = {
  accept: { invited: 'active' },
};

/** The status an event leads to, or null when the membership's state does not allow it. */
export function nextMembershipStatus(current: MembershipStatus, event: MembershipEvent): MembershipStatus | null {
  return transitions[event][current] ?? null;
}
