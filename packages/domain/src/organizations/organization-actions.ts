import type { MembershipStatus } from '../networks/membership-status.ts';
import { nextMembershipStatus } from '../networks/membership-status.ts';
import { nextOrganizationStatus, type OrganizationRole, type OrganizationStatus } from './organization-status.ts';

/** Who the caller is to an organisation. */
export interface OrganizationCaller {
  /** The caller's own membership, if any: their role and whether they have accepted it. */
  membership: { role: OrganizationRole; status: MembershipStatus } | null;
  /** A platform admin, who reviews organisations but does not run them. */
  isAdmin: boolean;
}

/**
 * What a caller may do with an organisation now, each named after its route: an active admin member
 * invites colleagues (`invite_member`, POST /v1/organizations/:id/members); an invited colleague joins
 * (`accept_invitation`, …/members/accept); a platform admin approves or rejects it
 * (`approve`, `reject`, POST /v1/admin/organizations/:id/…) while its state allows.
 */
export const organizationActions = ['invite_member', 'accept_invitation', 'approve', 'reject'] as const;
export type OrganizationAction = (typeof organizationActions)[number];

export function organizationActionsFor(organization: { status: OrganizationStatus }, caller: OrganizationCaller): OrganizationAction[] {
  const actions: OrganizationAction[] = [];
  const { membership } = caller;
  if (membership?.status === 'active' && membership.role === 'admin') actions.push('invite_member');
  if (membership && nextMembershipStatus(membership.status, 'accept') !== null) actions.push('accept_invitation');
  if (caller.isAdmin && nextOrganizationStatus(organization.status, 'approve') !== null) actions.push('approve');
  if (caller.isAdmin && nextOrganizationStatus(organization.status, 'reject') !== null) actions.push('reject');
  return actions;
}
