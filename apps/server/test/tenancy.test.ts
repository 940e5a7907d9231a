import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

describe('tenant isolation', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'alpha');
    b = await createTenant(t.orm, 'beta');
  });
  afterAll(() => t.close());

  it('a user of store A cannot switch to store B: every store-scoped call is refused', async () => {
    const c = t.client();
    await c.login(a.users.owner.email, PASSWORD);
    c.useStore(b.storeId);
    const err = await c.fails('{ teamMembers { email } }');
    expect(err.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'STORE_ACCESS_DENIED' });
    // me still works, and does not list B.
    const me = await c.ok('{ me { stores { store { id } } activeStore { role } } }');
    expect(me.me.activeStore).toBeNull();
    expect(me.me.stores.map((s: any) => s.store.id)).not.toContain(b.storeId);
  });

  it("store B's invitations are invisible and unrevokable from store A", async () => {
    const ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    const { inviteMember } = await ownerB.ok(
      'mutation { inviteMember(input: { email: "someone@beta.test", role: STAFF }) { invitation { id } } }',
    );
    const ownerA = t.client().useStore(a.storeId);
    await ownerA.login(a.users.owner.email, PASSWORD);
    const { pendingInvitations } = await ownerA.ok('{ pendingInvitations { id } }');
    expect(pendingInvitations.map((i: any) => i.id)).not.toContain(inviteMember.invitation.id);
    const err = await ownerA.fails('mutation($i: RevokeInvitationInput!) { revokeInvitation(input: $i) { id } }', {
      i: { id: inviteMember.invitation.id },
    });
    expect(err.extensions?.code).toBe('NOT_FOUND');
    // Still pending in B.
    const stillB = await ownerB.ok('{ pendingInvitations { id revokedAt } }');
    expect(stillB.pendingInvitations).toEqual([{ id: inviteMember.invitation.id, revokedAt: null }]);
  });

  it("store A's owner cannot change or remove store B's members", async () => {
    const ownerA = t.client().useStore(a.storeId);
    await ownerA.login(a.users.owner.email, PASSWORD);
    const err = await ownerA.fails('mutation($i: RemoveMemberInput!) { removeMember(input: $i) }', {
      i: { userId: b.users.staff.id },
    });
    expect(err.extensions?.code).toBe('NOT_FOUND');
    const ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    const { teamMembers } = await ownerB.ok('{ teamMembers { email } }');
    expect(teamMembers.map((m: any) => m.email)).toContain(b.users.staff.email);
  });

  it('a staff member sees only the stores they belong to; an invalid store id is refused', async () => {
    const c = t.client();
    await c.login(a.users.staff.email, PASSWORD);
    const me = await c.ok('{ me { stores { store { id } } } }');
    expect(me.me.stores.map((s: any) => s.store.id)).toEqual([a.storeId]);
    c.useStore(a.secondStoreId);
    expect((await c.fails('{ teamMembers { email } }')).extensions?.reason).toBe('STORE_ACCESS_DENIED');
    c.useStore('not-a-uuid');
    expect((await c.fails('{ teamMembers { email } }')).extensions?.reason).toBe('STORE_ACCESS_DENIED');
    c.useStore(null);
    expect((await c.fails('{ teamMembers { email } }')).extensions?.reason).toBe('STORE_REQUIRED');
  });

  it('the tenant filter refuses a store-scoped query that names no store (fail closed)', async () => {
    const { Invitation } = await import('../src/modules/team/invitation.entity.js');
    await expect(t.orm.em.fork().find(Invitation, {})).rejects.toThrow(/tenant/);
  });
});
