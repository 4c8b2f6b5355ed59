import { describe, expect, it } from 'vitest';
import { organizationActionsFor } from './organization-actions.ts';

describe('organizationActionsFor', () => {
  it('lets an active admin member invite colleagues, and no other member', () => {
    const pending = { status: 'pending' } as const;
    expect(organizationActionsFor(pending, { membership: { role: 'admin', status: 'active' }, isAdmin: false })).toEqual(['invite_member']);
    expect(organizationActionsFor(pending, { membership: { role: 'buyer', status: 'active' }, isAdmin: false })).toEqual([]);
    expect(organizationActionsFor(pending, { membership: { role: 'finance', status: 'active' }, isAdmin: false })).toEqual([]);
  });
  it('lets an invited colleague accept, even one invited as admin, and nothing more until then', () => {
    expect(organizationActionsFor({ status: 'approved' }, { membership: { role: 'admin', status: 'invited' }, isAdmin: false })).toEqual(['accept_invitation']);
  });
  it('gives a platform admin the decisions its state still allows', () => {
    const admin = { membership: null, isAdmin: true };
    expect(organizationActionsFor({ status: 'pending' }, admin)).toEqual(['approve', 'reject']);
    expect(organizationActionsFor({ status: 'approved' }, admin)).toEqual(['reject']);
    expect(organizationActionsFor({ status: 'rejected' }, admin)).toEqual(['approve']);
  });
  it('gives anyone else nothing', () => {
    expect(organizationActionsFor({ status: 'approved' }, { membership: null, isAdmin: false })).toEqual([]);
  });
});
