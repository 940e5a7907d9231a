import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const INVITE = `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { acceptUrl invitation { id email role } } }`;
const MEMBERS = '{ teamMembers { userId email role merchantOwner } }';

describe('team management', () => {
  let t: TestApp;
  let a: Tenant;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'team');
  });
  afterAll(() => t.close());

  const as = async (who: keyof Tenant['users'], storeId = a.storeId) => {
    const c = t.client().useStore(storeId);
    await c.login(a.users[who].email, PASSWORD);
    return c;
  };

  it('lists members with roles, merchant owners first', async () => {
    const c = await as('manager');
    const { teamMembers } = await c.ok(MEMBERS);
    expect(teamMembers.map((m: any) => [m.email, m.role, m.merchantOwner])).toEqual([
      ['owner@team.test', 'OWNER', true],
      ['accountant@team.test', 'ACCOUNTANT', false],
      ['manager@team.test', 'MANAGER', false],
      ['staff@team.test', 'STAFF', false],
    ]);
  });

  it('invites by e-mail; the one-time link creates the account, signs in and works once', async () => {
    const owner = await as('owner');
    const { inviteMember } = await owner.ok(INVITE, { i: { email: 'New.Person@Team.test', role: 'STAFF' } });
    expect(inviteMember.invitation).toMatchObject({ email: 'new.person@team.test', role: 'STAFF' });
    const token = new URL(inviteMember.acceptUrl).searchParams.get('token')!;

    const guest = t.client();
    const preview = await guest.ok('query($t: String!) { invitation(token: $t) { storeName email role } }', {
      t: token,
    });
    expect(preview.invitation).toEqual({ storeName: 'Store team', email: 'new.person@team.test', role: 'STAFF' });

    const tooShort = await guest.fails(
      'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { me { user { id } } } }',
      {
        i: { token, name: 'New Person', password: 'short' },
      },
    );
    expect(tooShort.extensions?.fields).toHaveProperty('password');

    const accepted = await guest.ok(
      'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { me { user { email name } stores { role store { id } } } } }',
      { i: { token, name: 'New Person', password: 'a-long-new-password' } },
    );
    expect(accepted.acceptInvitation.me.stores).toEqual([{ role: 'STAFF', store: { id: a.storeId } }]);
    // Signed in by the accept.
    expect((await guest.ok('{ me { user { email } } }')).me.user.email).toBe('new.person@team.test');
    // The link is used up.
    const again = await t.client().fails('query($t: String!) { invitation(token: $t) { email } }', { t: token });
    expect(again.extensions?.reason).toBe('INVITATION_USED');
    // And the new member can sign in with the password set.
    await t.client().login('new.person@team.test', 'a-long-new-password');
  });

  describe('an invitation for an e-mail that already has an account', () => {
    const ACCEPT =
      'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { me { user { email } stores { role store { id } } } } }';
    const PREVIEW = 'query($t: String!) { invitation(token: $t) { storeId storeName email role expiresAt } }';
    let b: Tenant;
    /** An owner of another store invites `email` there; the link's token. */
    const inviteToB = async (email: string, role = 'MANAGER') => {
      const owner = t.client().useStore(b.storeId);
      await owner.login(b.users.owner.email, PASSWORD);
      const { inviteMember } = await owner.ok(INVITE, { i: { email, role } });
      return new URL(inviteMember.acceptUrl).searchParams.get('token')!;
    };
    const membershipsInB = async (userId: string) =>
      (
        await t.orm.em
          .fork()
          .execute('select role from membership where store_id = ? and user_id = ?', [b.storeId, userId])
      ).length;

    beforeAll(async () => {
      b = await createTenant(t.orm, 'prober');
    });

    it('previews alike whether or not the account exists', async () => {
      const existing = await t.client().ok(PREVIEW, { t: await inviteToB(a.users.staff.email) });
      const fresh = await t.client().ok(PREVIEW, { t: await inviteToB('nobody-yet@team.test') });
      expect(Object.keys(existing.invitation)).toEqual(Object.keys(fresh.invitation));
      expect({ ...existing.invitation, email: '', expiresAt: '' }).toEqual({
        ...fresh.invitation,
        email: '',
        expiresAt: '',
      });
      // The schema has no field that could tell.
      const type = await t.client().ok('{ __type(name: "InvitationPreview") { fields { name } } }');
      expect(type.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual([
        'email',
        'expiresAt',
        'role',
        'storeId',
        'storeName',
      ]);
    });

    it('accepts no password: neither a wrong one nor the right one signs in or joins', async () => {
      const token = await inviteToB(a.users.staff.email);
      const guest = t.client();
      for (const password of ['wrong-password-1', 'wrong-password-2', PASSWORD]) {
        const r = await guest.raw(ACCEPT, { i: { token, password } });
        expect(r.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVITATION_NEEDS_SIGN_IN' });
        expect(r.errors![0]!.message).toContain('sign in');
      }
      expect(guest.cookie).toBe('');
      expect((await guest.fails('{ me { user { id } } }')).extensions?.code).toBe('UNAUTHENTICATED');
      expect(await membershipsInB(a.users.staff.id)).toBe(0);
      // Nor is an existing account's password replaced by one chosen on the link.
      const r = await guest.raw(ACCEPT, { i: { token, name: 'Someone', password: 'a-password-of-my-own' } });
      expect(r.errors![0]!.extensions?.reason).toBe('INVITATION_NEEDS_SIGN_IN');
      await t.client().login(a.users.staff.email, PASSWORD);
      // The link still works for its owner once signed in.
      const staff = t.client();
      await staff.login(a.users.staff.email, PASSWORD);
      const accepted = await staff.ok(ACCEPT, { i: { token } });
      expect(accepted.acceptInvitation.me.user.email).toBe(a.users.staff.email);
      expect(accepted.acceptInvitation.me.stores).toContainEqual({ role: 'MANAGER', store: { id: b.storeId } });
      expect(await membershipsInB(a.users.staff.id)).toBe(1);
    });

    it('refuses accepting while signed in as someone else', async () => {
      const token = await inviteToB(a.users.manager.email, 'STAFF');
      const other = t.client();
      await other.login(a.users.owner.email, PASSWORD);
      const err = await other.fails(ACCEPT, { i: { token } });
      expect(err.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INVITATION_FOR_ANOTHER_ACCOUNT' });
      expect(await membershipsInB(a.users.owner.id)).toBe(0);
      expect(await membershipsInB(a.users.manager.id)).toBe(0);
      // Still usable by the invited account.
      const invited = t.client();
      await invited.login(a.users.manager.email, PASSWORD);
      await invited.ok(ACCEPT, { i: { token } });
      expect(await membershipsInB(a.users.manager.id)).toBe(1);
    });

    it('a new account still chooses its password on the link, and needs one', async () => {
      const token = await inviteToB('brand.new@team.test', 'STAFF');
      const guest = t.client();
      const missing = await guest.fails(ACCEPT, { i: { token, name: 'Brand New' } });
      expect(missing.extensions?.fields).toEqual({ password: 'is required for a new account' });
      await guest.ok(ACCEPT, { i: { token, name: 'Brand New', password: 'brand-new-password' } });
      expect((await guest.ok('{ me { user { email } } }')).me.user.email).toBe('brand.new@team.test');
    });
  });

  it('refuses inviting someone already in the team', async () => {
    const owner = await as('owner');
    const err = await owner.fails(INVITE, { i: { email: a.users.staff.email, role: 'MANAGER' } });
    expect(err.extensions?.reason).toBe('ALREADY_MEMBER');
  });

  it('only the owner invites, changes roles and removes; a manager is refused', async () => {
    const manager = await as('manager');
    const err = await manager.fails(INVITE, { i: { email: 'x@team.test', role: 'STAFF' } });
    expect(err.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
  });

  it('changes a role and removes a member', async () => {
    const owner = await as('owner');
    const changed = await owner.ok('mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { role } }', {
      i: { userId: a.users.accountant.id, role: 'MANAGER' },
    });
    expect(changed.changeMemberRole.role).toBe('MANAGER');
    await owner.ok('mutation($i: RemoveMemberInput!) { removeMember(input: $i) }', {
      i: { userId: a.users.accountant.id },
    });
    const { teamMembers } = await owner.ok(MEMBERS);
    expect(teamMembers.map((m: any) => m.email)).not.toContain(a.users.accountant.email);
    // The removed member can no longer use the store.
    const gone = t.client().useStore(a.storeId);
    await gone.login(a.users.accountant.email, PASSWORD);
    expect((await gone.fails(MEMBERS)).extensions?.reason).toBe('STORE_ACCESS_DENIED');
  });

  it('never removes or demotes the last owner, even when two owners act at once', async () => {
    const b = await createTenant(t.orm, 'solo');
    // A store whose only owners are two store-level owners (no merchant owner in this store's merchant).
    const em = t.orm.em.fork();
    await em.execute('delete from merchant_owner where merchant_id = ?', [b.merchantId]);
    await em.execute(`update membership set role = 'owner' where store_id = ? and user_id in (?, ?)`, [
      b.storeId,
      b.users.manager.id,
      b.users.staff.id,
    ]);
    const c1 = t.client().useStore(b.storeId);
    await c1.login(b.users.manager.email, PASSWORD);
    const c2 = t.client().useStore(b.storeId);
    await c2.login(b.users.staff.email, PASSWORD);
    const demote = 'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { role } }';
    const [r1, r2] = await Promise.all([
      c1.raw(demote, { i: { userId: b.users.staff.id, role: 'STAFF' } }),
      c2.raw(demote, { i: { userId: b.users.manager.id, role: 'STAFF' } }),
    ]);
    const failures = [r1, r2].filter((r) => r.errors?.length);
    expect(failures).toHaveLength(1);
    // The loser is refused either by the guard or, when the other demotion committed before its
    // request was authorised, because it is no longer an owner.
    expect(['LAST_OWNER', 'PERMISSION_DENIED']).toContain(failures[0]!.errors![0]!.extensions?.reason);
    const [{ n }] = await em.execute(
      `select count(*)::int as n from membership where store_id = ? and role = 'owner'`,
      [b.storeId],
    );
    expect(n).toBe(1);
    // The remaining owner cannot remove themself either.
    const remaining = r1.errors ? c2 : c1;
    const self = r1.errors ? b.users.staff.id : b.users.manager.id;
    const err = await remaining.fails('mutation($i: RemoveMemberInput!) { removeMember(input: $i) }', {
      i: { userId: self },
    });
    expect(err.extensions?.reason).toBe('LAST_OWNER');
  });

  it('cannot demote a merchant owner per store', async () => {
    const owner = await as('owner');
    const err = await owner.fails('mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { role } }', {
      i: { userId: a.users.owner.id, role: 'STAFF' },
    });
    expect(err.extensions?.reason).toBe('MERCHANT_OWNER');
  });
});
