import { organizationMembers, organizations } from '@bazaarche/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registerAdmin, registerUser, type TestApp } from './support.ts';

type Session = Awaited<ReturnType<typeof registerUser>>;

describe(`organisations on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
  });
  afterAll(() => t?.close());

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, session?: Session, payload?: object) =>
    t.app.inject({ method, url, ...(session && { headers: session.auth }), ...(payload && { payload }) });
  const hospital = { name: 'بیمارستان امام رضا (ع) بیرجند', kind: 'hospital', provinceCode: 'IR-29' };
  const open = async (owner: Session, body: object = hospital) => {
    const response = await call('POST', '/v1/organizations', owner, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; status: string; members: Array<{ userId: string; role: string; status: string }>; actions: string[] };
  };
  const organizationCount = async () => (await t.database.db.select({ n: count() }).from(organizations))[0]!.n;

  describe('opening an account', () => {
    it('opens a pending organisation with the caller as its active admin', async () => {
      const owner = await registerUser(t.app);
      const created = await open(owner);
      expect(created).toMatchObject({ name: hospital.name, kind: 'hospital', province: 'IR-29', status: 'pending', rejectionReason: null, actions: ['invite_member'] });
      expect(created.members).toEqual([expect.objectContaining({ userId: owner.user.id, email: owner.user.email, role: 'admin', status: 'active' })]);
    });

    it.each([
      ['an unknown kind', { ...hospital, kind: 'church' }, 'kind'],
      ['an unknown province', { ...hospital, provinceCode: 'IR-99' }, 'provinceCode'],
      ['a NUL in the name', { ...hospital, name: 'بیمارستان\u0000' }, 'name'],
      ['a name too long', { ...hospital, name: 'ب'.repeat(161) }, 'name'],
    ])('refuses %s with 422 naming the field, and writes nothing', async (_what, body, field) => {
      const before = await organizationCount();
      const response = await call('POST', '/v1/organizations', await registerUser(t.app), body);
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json().error.details).toContainEqual(expect.objectContaining({ field }));
      expect(await organizationCount()).toBe(before);
    });

    it('is for signed-in callers only', async () => {
      expect((await call('POST', '/v1/organizations', undefined, hospital)).statusCode).toBe(401);
    });
  });

  describe('who sees it', () => {
    it('shows it to its members and platform admins, and is 404 to a stranger, as for an id that names nothing', async () => {
      const owner = await registerUser(t.app);
      const { id } = await open(owner);
      expect((await call('GET', `/v1/organizations/${id}`, owner)).statusCode).toBe(200);
      const asAdmin = await call('GET', `/v1/organizations/${id}`, admin);
      expect([asAdmin.statusCode, asAdmin.json().actions]).toEqual([200, ['approve', 'reject']]);
      const stranger = await call('GET', `/v1/organizations/${id}`, await registerUser(t.app));
      const nothing = await call('GET', `/v1/organizations/${crypto.randomUUID()}`, await registerUser(t.app));
      expect([stranger.statusCode, stranger.json().error.code]).toEqual([404, 'organization_not_found']);
      expect(stranger.json().error).toEqual(nothing.json().error);
    });
  });

  describe('colleagues', () => {
    it('lets its admin invite an existing user by email, who sees it and then accepts', async () => {
      const owner = await registerUser(t.app);
      const colleague = await registerUser(t.app);
      const { id } = await open(owner);
      const invited = await call('POST', `/v1/organizations/${id}/members`, owner, { email: colleague.user.email.toUpperCase(), role: 'buyer' });
      expect(invited.statusCode, invited.body).toBe(201);
      expect(invited.json()).toMatchObject({ organizationId: id, userId: colleague.user.id, role: 'buyer', status: 'invited' });

      const seen = (await call('GET', `/v1/organizations/${id}`, colleague)).json();
      expect(seen.actions).toEqual(['accept_invitation']);
      const accepted = await call('POST', `/v1/organizations/${id}/members/accept`, colleague);
      expect([accepted.statusCode, accepted.json().status]).toEqual([200, 'active']);
      const again = await call('POST', `/v1/organizations/${id}/members/accept`, colleague);
      expect([again.statusCode, again.json().error.code]).toEqual([409, 'organization_member_exists']);
      expect((await call('GET', `/v1/organizations/${id}`, colleague)).json().actions).toEqual([]);
    });

    it('refuses an email with no account (404), a second invitation (409), and an invitation by anyone but an active admin', async () => {
      const owner = await registerUser(t.app);
      const colleague = await registerUser(t.app);
      const { id } = await open(owner);
      const nobody = await call('POST', `/v1/organizations/${id}/members`, owner, { email: `nobody-${crypto.randomUUID()}@example.com`, role: 'finance' });
      expect([nobody.statusCode, nobody.json().error.code]).toEqual([404, 'organization_invitee_not_found']);
      await call('POST', `/v1/organizations/${id}/members`, owner, { email: colleague.user.email, role: 'finance' });
      const twice = await call('POST', `/v1/organizations/${id}/members`, owner, { email: colleague.user.email, role: 'buyer' });
      expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'organization_member_exists']);

      const third = await registerUser(t.app);
      // Invited but not yet joined, a finance colleague, a platform admin, a stranger.
      expect((await call('POST', `/v1/organizations/${id}/members`, colleague, { email: third.user.email, role: 'buyer' })).statusCode).toBe(403);
      await call('POST', `/v1/organizations/${id}/members/accept`, colleague);
      expect((await call('POST', `/v1/organizations/${id}/members`, colleague, { email: third.user.email, role: 'buyer' })).statusCode).toBe(403);
      expect((await call('POST', `/v1/organizations/${id}/members`, admin, { email: third.user.email, role: 'buyer' })).statusCode).toBe(403);
      expect((await call('POST', `/v1/organizations/${id}/members`, third, { email: third.user.email, role: 'admin' })).statusCode).toBe(404);
      expect((await call('POST', `/v1/organizations/${id}/members`, owner, { email: third.user.email, role: 'owner' })).statusCode).toBe(422);
    });

    it('tells a stranger who accepts nothing exists, and an admin with no invitation that there is none', async () => {
      const { id } = await open(await registerUser(t.app));
      expect((await call('POST', `/v1/organizations/${id}/members/accept`, await registerUser(t.app))).json().error.code).toBe('organization_not_found');
      const asAdmin = await call('POST', `/v1/organizations/${id}/members/accept`, admin);
      expect([asAdmin.statusCode, asAdmin.json().error.code]).toEqual([403, 'organization_invitation_missing']);
    });

    it('lets a colleague leave and an admin remove one, but never the last active admin', async () => {
      const owner = await registerUser(t.app);
      const [leaving, removed] = [await registerUser(t.app), await registerUser(t.app)];
      const { id } = await open(owner);
      for (const colleague of [leaving, removed]) {
        await call('POST', `/v1/organizations/${id}/members`, owner, { email: colleague.user.email, role: 'buyer' });
        await call('POST', `/v1/organizations/${id}/members/accept`, colleague);
      }
      expect((await call('DELETE', `/v1/organizations/${id}/members/${removed.user.id}`, leaving)).statusCode).toBe(403);
      expect((await call('DELETE', `/v1/organizations/${id}/members/${leaving.user.id}`, leaving)).statusCode).toBe(204);
      expect((await call('GET', `/v1/organizations/${id}`, leaving)).statusCode).toBe(404);
      expect((await call('DELETE', `/v1/organizations/${id}/members/${removed.user.id}`, owner)).statusCode).toBe(204);
      const last = await call('DELETE', `/v1/organizations/${id}/members/${owner.user.id}`, owner);
      expect([last.statusCode, last.json().error.code]).toEqual([409, 'organization_last_admin']);
      const members = await t.database.db.select().from(organizationMembers).where(eq(organizationMembers.organizationId, id));
      expect(members.map((m) => m.userId)).toEqual([owner.user.id]);
    });
  });

  describe('review by the platform', () => {
    it('lists pending organisations for admins, who approve one once (409 the second time)', async () => {
      const owner = await registerUser(t.app);
      const { id } = await open(owner);
      const queue = await call('GET', '/v1/admin/organizations?status=pending&perPage=100', admin);
      expect(queue.statusCode).toBe(200);
      expect(queue.json().items.map((o: { id: string }) => o.id)).toContain(id);
      expect(queue.json().items.every((o: { status: string }) => o.status === 'pending')).toBe(true);

      const approved = await call('POST', `/v1/admin/organizations/${id}/approve`, admin);
      expect([approved.statusCode, approved.json().status, approved.json().actions]).toEqual([200, 'approved', ['reject']]);
      const twice = await call('POST', `/v1/admin/organizations/${id}/approve`, admin);
      expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'organization_state_conflict']);
      expect((await call('GET', '/v1/admin/organizations?status=pending&perPage=100', admin)).json().items.map((o: { id: string }) => o.id)).not.toContain(id);
    });

    it('rejects with a reason, once, and may approve it on second thought', async () => {
      const { id } = await open(await registerUser(t.app));
      const rejected = await call('POST', `/v1/admin/organizations/${id}/reject`, admin, { reason: 'مدرک ثبت سازمان ناخواناست' });
      expect(rejected.json()).toMatchObject({ status: 'rejected', rejectionReason: 'مدرک ثبت سازمان ناخواناست' });
      const twice = await call('POST', `/v1/admin/organizations/${id}/reject`, admin, { reason: 'دوباره' });
      expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'organization_state_conflict']);
      const noReason = await call('POST', `/v1/admin/organizations/${id}/approve`, admin);
      expect(noReason.json()).toMatchObject({ status: 'approved', rejectionReason: null });
    });

    it('is for platform admins only, its own admin included (403), and 404 for an id that names nothing', async () => {
      const owner = await registerUser(t.app);
      const { id } = await open(owner);
      for (const session of [owner, await registerUser(t.app)]) {
        expect((await call('POST', `/v1/admin/organizations/${id}/approve`, session)).statusCode).toBe(403);
        expect((await call('POST', `/v1/admin/organizations/${id}/reject`, session, { reason: 'نه' + 'ه'.repeat(5) })).statusCode).toBe(403);
        expect((await call('GET', '/v1/admin/organizations', session)).statusCode).toBe(403);
      }
      expect((await call('POST', `/v1/admin/organizations/${id}/approve`)).statusCode).toBe(401);
      const missing = await call('POST', `/v1/admin/organizations/${crypto.randomUUID()}/approve`, admin);
      expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'organization_not_found']);
      expect((await call('GET', `/v1/organizations/${id}`, owner)).json().status).toBe('pending');
    });
  });

  it('lists the caller’s organisations in /v1/me with their role and membership status', async () => {
    const owner = await registerUser(t.app);
    const colleague = await registerUser(t.app);
    const first = await open(owner);
    const bank = await open(owner, { name: 'بانک کشاورزی، شعبهٔ بیرجند', kind: 'bank', provinceCode: 'IR-29' });
    await call('POST', `/v1/admin/organizations/${first.id}/approve`, admin);
    await call('POST', `/v1/organizations/${bank.id}/members`, owner, { email: colleague.user.email, role: 'finance' });

    const me = (await call('GET', '/v1/me', owner)).json();
    expect(me.organizations).toEqual([
      { id: first.id, name: hospital.name, kind: 'hospital', status: 'approved', role: 'admin', memberStatus: 'active' },
      { id: bank.id, name: 'بانک کشاورزی، شعبهٔ بیرجند', kind: 'bank', status: 'pending', role: 'admin', memberStatus: 'active' },
    ]);
    expect(me.roles).toEqual(['buyer']);
    expect((await call('GET', '/v1/me', colleague)).json().organizations).toEqual([
      { id: bank.id, name: 'بانک کشاورزی، شعبهٔ بیرجند', kind: 'bank', status: 'pending', role: 'finance', memberStatus: 'invited' },
    ]);
    expect((await call('GET', '/v1/me', await registerUser(t.app))).json().organizations).toEqual([]);
  });
});
