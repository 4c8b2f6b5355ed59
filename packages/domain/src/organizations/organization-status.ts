/**
 * An organisation that buys in bulk (a hospital, a bank, a factory): pending until the platform checks
 * it, then approved (it may post demands) or rejected (with a reason). A rejected organisation may be
 * approved on second thought, and an approved one rejected (say, a false registration), as shops are.
 */
export const organizationStatuses = ['pending', 'approved', 'rejected'] as const;
export type OrganizationStatus = (typeof organizationStatuses)[number];

export const organizationEvents = ['approve', 'reject'] as const;
export type OrganizationEvent = (typeof organizationEvents)[number];

const transitions: Record<OrganizationEvent, Partial<Record<OrganizationStatus, OrganizationStatus>>> = {
  approve: { pending: 'approved', rejected: 'approved' },
  reject: { pending: 'rejected', approved: 'rejected' },
};

/** The status an event leads to, or null when the organisation's state does not allow it. */
export function nextOrganizationStatus(current: OrganizationStatus, event: OrganizationEvent): OrganizationStatus | null {
  return transitions[event][current] ?? null;
}

/** The states an event may start from, for a guarded update. */
export function organizationStatusesAllowing(event: OrganizationEvent): OrganizationStatus[] {
  return organizationStatuses.filter((status) => nextOrganizationStatus(status, event) !== null);
}

/** What kind of buyer it is: what a supplier reads first, and what the program office counts by. */
export const organizationKinds = ['bank', 'hospital', 'factory', 'municipality', 'government', 'school', 'company', 'other'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/** A colleague's part: `admin` runs the organisation and its members, `buyer` posts demands and accepts offers, `finance` pays invoices. */
export const organizationRoles = ['admin', 'buyer', 'finance'] as const;
export type OrganizationRole = (typeof organizationRoles)[number];
