import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const ME = '{ me { user { email } } }';
const SESSIONS = '{ mySessions { id createdAt lastSeenAt expiresAt userAgent ipAddress current } }';
const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { otherSessionsSignedOut } }';
const REVOKE = 'mutation($i: RevokeSessionInput!) { revokeSession(input: $i) }';
const DAY = 86_400_000;

describe('sessions', () => {
  let t: TestApp;
  let a: Tenant;
  const statements: string[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'sess');
    const conn = t.orm.em.getConnection();
    const execute = conn.execute.bind(conn);
    conn.execute = (async (...args: Parameters<typeof execute>) => {
      statements.push(String(args[0]));
      return execute(...args);
    }) as typeof conn.execute;
  });
  afterAll(() => t.close());

  const signedIn = async (who: keyof Tenant['users'], userAgent = 'TestBrowser/1.0') => {
    const c = t.client();
    c.headers['user-agent'] = userAgent;
    await c.login(a.users[who].email, PASSWORD);
    return c;
  };
  const sessionRow = async (userId: string) =>
    (
      await t.orm.em
        .fork()
        .execute<{ id: string; last_seen_at: Date; expires_at: Date }[]>(
          'select id, last_seen_at, expires_at from session where user_id = ? order by created_at desc limit 1',
          [userId],
        )
    )[0]!;
  const isSignedOut = async (c: GqlClient) => (await c.raw(ME)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';

  it('slides the expiry: last use written at most once every few minutes, with no write in between', async () => {
    const c = await signedIn('staff');
    const { id } = await sessionRow(a.users.staff.id);
    // Last seen 10 minutes ago, one hour left.
    await t.orm.em
      .fork()
      .execute(
        `update session set last_seen_at = now() - interval '10 minutes', expires_at = now() + interval '1 hour' where id = ?`,
        [id],
      );
    statements.length = 0;
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: c.cookie },
      body: JSON.stringify({ query: ME }),
    });
    expect(res.status).toBe(200);
    // The write is part of the one statement that reads the session, user and role.
    expect(statements.filter((s) => /\bsession\b/.test(s))).toHaveLength(1);
    expect(statements.filter((s) => /from session s join app_user/.test(s) && /update session/.test(s))).toHaveLength(
      1,
    );
    const touched = await sessionRow(a.users.staff.id);
    expect(Date.now() - new Date(touched.last_seen_at).getTime()).toBeLessThan(60_000);
    expect(new Date(touched.expires_at).getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
    // The cookie is renewed for as long.
    expect(res.headers.getSetCookie()[0]).toMatch(/^orion_session=[^;]+;.*Max-Age=2592000/);

    // The next requests within the interval: the session is read, never written.
    statements.length = 0;
    await c.ok(ME);
    await c.ok(ME);
    expect(statements.filter((s) => /from session s join app_user/.test(s))).toHaveLength(2);
    expect(statements.filter((s) => /^\s*(update|insert|delete)\b/i.test(s))).toEqual([]);
    const after = await sessionRow(a.users.staff.id);
    expect(after.last_seen_at).toEqual(touched.last_seen_at);
    expect(after.expires_at).toEqual(touched.expires_at);
  });

  it('lists one’s live sessions with what is stored, marks this one, and revokes another', async () => {
    const laptop = await signedIn('manager', 'Laptop/2.0');
    const phone = await signedIn('manager', 'Phone/3.0');
    const { mySessions } = await laptop.ok(SESSIONS);
    expect(mySessions.map((s: { userAgent: string; current: boolean }) => [s.userAgent, s.current])).toEqual([
      ['Phone/3.0', false],
      ['Laptop/2.0', true],
    ]);
    expect(mySessions[0].ipAddress).toMatch(/127\.0\.0\.1/);
    expect(new Date(mySessions[0].expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
    const phoneId = mySessions[0].id;

    // Another user's session is not theirs to end.
    const other = await signedIn('owner');
    const err = await other.fails(REVOKE, { i: { id: phoneId } });
    expect(err.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await isSignedOut(phone)).toBe(false);

    expect((await laptop.ok(REVOKE, { i: { id: phoneId } })).revokeSession).toBe(true);
    expect(await isSignedOut(phone)).toBe(true);
    expect(await isSignedOut(laptop)).toBe(false);
    expect((await laptop.ok(SESSIONS)).mySessions).toHaveLength(1);
    expect((await laptop.fails(REVOKE, { i: { id: phoneId } })).extensions?.code).toBe('NOT_FOUND');
    expect((await t.client().raw(SESSIONS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('changes the password after checking the current one, and signs out the other sessions', async () => {
    const here = await signedIn('accountant');
    const there = await signedIn('accountant');
    const wrong = await here.fails(CHANGE, {
      i: { currentPassword: 'not-my-password', newPassword: 'a-brand-new-password' },
    });
    expect(wrong.extensions).toMatchObject({
      reason: 'WRONG_CURRENT_PASSWORD',
      fields: { currentPassword: 'is not your current password' },
    });
    const short = await here.fails(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'short' } });
    expect(short.extensions?.fields).toEqual({ newPassword: 'must be at least 10 characters' });
    expect(await isSignedOut(there)).toBe(false);

    const done = await here.ok(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'a-brand-new-password' } });
    expect(done.changePassword.otherSessionsSignedOut).toBe(1);
    expect(await isSignedOut(there)).toBe(true);
    expect(await isSignedOut(here)).toBe(false);
    expect(
      (
        await t.client().fails('mutation($i: LoginInput!) { login(input: $i) { me { user { id } } } }', {
          i: { email: a.users.accountant.email, password: PASSWORD },
        })
      ).extensions?.reason,
    ).toBe('INVALID_CREDENTIALS');
    await t.client().login(a.users.accountant.email, 'a-brand-new-password');
  });

  it('counts wrong current passwords like failed sign-ins', async () => {
    const b = await createTenant(t.orm, 'guess');
    const c = t.client();
    await c.login(b.users.staff.email, PASSWORD);
    for (let i = 0; i < 5; i++) {
      await c.fails(CHANGE, { i: { currentPassword: `guess-number-${i}`, newPassword: 'a-brand-new-password' } });
    }
    const locked = await c.fails(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'a-brand-new-password' } });
    expect(locked.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
  });

  it('signs out everywhere, this session included', async () => {
    const one = await signedIn('owner');
    const two = await signedIn('owner');
    const before = (await one.ok(SESSIONS)).mySessions.length;
    const r = await one.raw('mutation { signOutEverywhere }');
    expect(r.data).toEqual({ signOutEverywhere: before });
    expect(one.cookie).toBe('');
    expect(await isSignedOut(two)).toBe(true);
    const again = t.client();
    again.cookie = `orion_session=${'x'.repeat(10)}`;
    expect(await isSignedOut(again)).toBe(true);
  });
});
