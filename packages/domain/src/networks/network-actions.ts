import { type MembershipStatus, nextMembershipStatus } from './membership-status.ts';

/** Who the caller is to a network. */
export interface NetworkCaller {
  /** The caller leads it, or is an admin (who may do whatever its leader may). */
  leads: boolean;
  /** The caller's shop's membership in it, if any. */
  membership: MembershipStatus | null;
}

/**
 * What a caller may do with a network now, each named after its route: its leader changes it
 * (`update`, PATCH), invites producers (`invite_member`), gives it bulk orders (`create_bulk_order`)
 * and gives its retail parts to members (`assign_fulfilments`, POST /v1/fulfilments/:id/assign); an
 * invited shop joins (`accept_invitation`); the leader and active members read its bulk orders (`list_bulk_orders`).
 */
export const networkActions = ['update', 'invite_member', 'accept_invitation', 'create_bulk_order', 'list_bulk_orders', 'assign_fulfilments'] as const;
export type NetworkAction = (typeof networkActions)[number];

export function networkActionsFor(caller: NetworkCaller): NetworkAction[] {
  const actions: NetworkAction[] = [];
  if (caller.leads) actions.push('update', 'invite_member');
  if (caller.membership !== null && nextMembershipStatus(caller.membership, 'accept') !== null) actions.push('accept_invitation');
  if (caller.leads) actions.push('create_bulk_order');
  if (caller.leads || caller.membership === 'active') actions.push('list_bulk_orders');
  if (caller.leads) actions.push('assign_fulfilments');
  return actions;
}

/**
 * What a caller may do with one membership of the network, named after its route on
 * /v1/networks/:id/members/:producerId: change its capacity (`update`, PATCH) and end it (`remove`,
 * DELETE: the member leaves, or the leader removes them or withdraws the invitation). Both are the
 * leader's and the member's own; a member with work in hand is refused (409) at the time.
 */
export const networkMemberActions = ['update', 'remove'] as const;
export type NetworkMemberAction = (typeof networkMemberActions)[number];

export function networkMemberActionsFor(caller: { leads: boolean; /** The membership is the caller's shop's. */ own: boolean }): NetworkMemberAction[] {
  return caller.leads || caller.own ? ['update', 'remove'] : [];
}
