import { describe, expect, it } from 'vitest';
import { nextOrganizationStatus, organizationEvents, organizationStatuses, organizationStatusesAllowing } from './organization-status.ts';

describe('nextOrganizationStatus', () => {
  it('approves a pending or rejected organisation, and rejects a pending or approved one', () => {
    expect(nextOrganizationStatus('pending', 'approve')).toBe('approved');
    expect(nextOrganizationStatus('rejected', 'approve')).toBe('approved');
    expect(nextOrganizationStatus('pending', 'reject')).toBe('rejected');
    expect(nextOrganizationStatus('approved', 'reject')).toBe('rejected');
  });
  it('refuses the same decision twice', () => {
    expect(nextOrganizationStatus('approved', 'approve')).toBeNull();
    expect(nextOrganizationStatus('rejected', 'reject')).toBeNull();
  });
  it('never leads back to pending', () => {
    const reached = organizationStatuses.flatMap((s) => organizationEvents.map((e) => nextOrganizationStatus(s, e)));
    expect(reached).not.toContain('pending');
  });
  it('names the states each event may start from', () => {
    expect(organizationStatusesAllowing('approve')).toEqual(['pending', 'rejected']);
    expect(organizationStatusesAllowing('reject')).toEqual(['pending', 'approved']);
  });
});
