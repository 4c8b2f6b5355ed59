import { membershipStatuses, organizationActions, organizationKinds, organizationRoles, organizationStatuses } from '@bazaarche/domain';
import { z } from 'zod';
import { pageOf, paginationQuery } from './pagination.ts';
import { provinceCode, text, uuid } from './primitives.ts';

export const organizationParams = z.object({ id: uuid });
export const organizationMemberParams = z.object({ id: uuid, userId: uuid });

const kind = z.enum(organizationKinds).meta({ id: 'OrganizationKind' });
const role = z.enum(organizationRoles).meta({
  id: 'OrganizationRole',
  description: '`admin` runs the organisation and invites its colleagues, `buyer` posts demands and accepts offers, `finance` pays its invoices.',
});
const status = z.enum(organizationStatuses).meta({
  id: 'OrganizationStatus',
  description: 'Pending until a platform admin approves (it may then post demands) or rejects it (with a reason).',
});
const memberStatus = z.enum(membershipStatuses);

export const organizationBody = z.object({ name: text(160, { min: 2 }), kind, provinceCode }).strict().meta({ id: 'OrganizationRequest' });

export const inviteOrganizationMemberBody = z
  .object({ email: text(254).pipe(z.email()), role })
  .strict()
  .meta({ id: 'OrganizationInvitation' });

const organizationAction = z.enum(organizationActions).meta({
  id: 'OrganizationAction',
  description:
    'What the caller may do with the organisation now, named after its route: `invite_member` (POST /v1/organizations/{id}/members, an active admin member), `accept_invitation` (POST …/members/accept), `approve` and `reject` (POST /v1/admin/organizations/{id}/…, a platform admin, while its state allows).',
});

export const organizationMember = z
  .object({ organizationId: z.string(), userId: z.string(), name: z.string(), email: z.string(), role, status: memberStatus })
  .meta({ id: 'OrganizationMember' });

const organizationFields = {
  id: z.string(),
  name: z.string(),
  kind,
  /** ISO 3166-2, as GET /v1/provinces lists them. */
  province: z.string(),
  status,
  rejectionReason: z.string().nullable(),
  createdAt: z.string(),
};

const organizationSummary = z.object(organizationFields).meta({ id: 'OrganizationSummary' });

export const organization = z
  .object({
    ...organizationFields,
    /** Its colleagues, active and invited: shown only to its members and platform admins. */
    members: z.array(organizationMember),
    actions: z.array(organizationAction),
  })
  .meta({ id: 'Organization' });

export const organizationsForReviewQuery = paginationQuery.extend({ status: status.optional() });
export const organizationsForReviewPage = pageOf(organizationSummary);

/** One of the caller's organisations as GET /v1/me lists them: what it is, and who the caller is in it. */
export const profileOrganization = z
  .object({ id: z.string(), name: z.string(), kind, status, role, memberStatus })
  .meta({ id: 'ProfileOrganization' });
