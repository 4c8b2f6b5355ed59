import { describe, expect, it } from 'vitest';
import { membershipEvents, membershipStatuses, nextMembershipStatus } from './membership-status.ts';
import { networkActionsFor, networkMemberActionsFor } from './network-actions.ts';

describe('nextMembershipStatus', () => {
  it('makes an invited producer active when they accept, and nothing else', () => {
    expect(nextMembershipStatus('invited', 'accept')).toBe('active');
    expect(nextMembershipStatus('active', 'accept')).toBeNull();
    expect(membershipStatuses.flatMap((s) => membershipEvents.map((e) => nextMembershipStatus(s, e))).filter(Boolean)).toEqual(['active']);
  });
});

describe('networkActionsFor', () => {
  it('gives the leader (or an admin) the running of the network', () => {
    const all = ['update', 'invite_member', 'create_bulk_order', 'list_bulk_orders', 'assign_fulfilments'];
    expect(networkActionsFor({ leads: true, membership: null })).toEqual(all);
    expect(networkActionsFor({ leads: true, membership: 'active' })).toEqual(all);
  });
  it('lets an invited shop join, and an active member read the bulk orders', () => {
    expect(networkActionsFor({ leads: false, membership: 'invited' })).toEqual(['accept_invitation']);
    expect(networkActionsFor({ leads: false, membership: 'active' })).toEqual(['list_bulk_orders']);
  });
  it('gives anyone else nothing', () => {
    expect(networkActionsFor({ leads: false, membership: null })).toEqual([]);
  });
});

describe('networkMemberActionsFor', () => {
  it('lets the leader and the member themself change or end a membership, and no one else', () => {
    expect(networkMemberActionsFor({ leads: true, own: false })).toEqual(['update', 'remove']);
    expect(networkMemberActionsFor({ leads: false, own: true })).toEqual(['update', 'remove']);
    expect(networkMemberActionsFor({ leads: false, own: false })).toEqual([]);
  });
});
