import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const ME = '{ me { user { email name locale } stores { role merchantOwner store { slug } } } }';

describe('sign-in, sessions, lock-out', () => {
  let t: TestApp;
  let a: Tenant;
  beforeAll(async () => {
    t = await startTestApp({
      LOGIN_MAX_FAILURES: '3',
      LOGIN_LOCK_MINUTES: '10',
      LOGIN_MAX_FAILURES_PER_IP: '15',
      LOGIN_MAX_FAILURES_PER_EMAIL: '7',
    });
    a = await createTenant(t.orm, 'auth');
  });
  afterAll(() => t.close());

  it('signs in with an httpOnly SameSite=Lax cookie and answers me', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { me { user { email } } } }',
        variables: { i: { email: 'OWNER@auth.TEST', password: PASSWORD } },
      }),
    });
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^orion_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const c = t.client();
    await c.login(a.users.owner.email, PASSWORD);
    const me = await c.ok(ME);
    expect(me.me.user.email).toBe(a.users.owner.email);
    // The merchant owner owns both stores.
    expect(me.me.stores.map((s: any) => [s.store.slug, s.role, s.merchantOwner])).toEqual([
      ['store-auth', 'OWNER', true],
      ['store-auth-2', 'OWNER', true],
    ]);
  });

  it('refuses me without a session', async () => {
    const err = await t.client().fails(ME);
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a wrong e-mail and a wrong password alike', async () => {
    const q = 'mutation($i: LoginInput!) { login(input: $i) { me { user { id } } } }';
    const wrongEmail = await t.client().fails(q, { i: { email: 'nobody@auth.test', password: PASSWORD } });
    const wrongPassword = await t.client().fails(q, { i: { email: a.users.staff.email, password: 'nope-nope-nope' } });
    expect(wrongEmail.message).toBe(wrongPassword.message);
    expect(wrongEmail.extensions).toEqual(wrongPassword.extensions);
    expect(wrongEmail.extensions?.reason).toBe('INVALID_CREDENTIALS');
  });

  it('validates input with field-level messages', async () => {
    const err = await t.client().fails('mutation($i: LoginInput!) { login(input: $i) { me { user { id } } } }', {
      i: { email: 'not-an-email', password: '' },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields).toMatchObject({ email: 'must be an e-mail address', password: 'is required' });
  });

  it('revokes the session on logout: the old cookie no longer works', async () => {
    const c = t.client();
    await c.login(a.users.manager.email, PASSWORD);
    const stolen = c.cookie;
    await c.ok('mutation { logout }');
    const replay = t.client();
    replay.cookie = stolen;
    expect((await replay.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('locks an e-mail after repeated failures, for existing and unknown addresses alike', async () => {
    const q = 'mutation($i: LoginInput!) { login(input: $i) { me { user { id } } } }';
    for (const email of [a.users.accountant.email, 'ghost@auth.test']) {
      for (let i = 0; i < 3; i++) await t.client().fails(q, { i: { email, password: 'wrong-password' } });
      const locked = await t.client().fails(q, { i: { email, password: 'wrong-password' } });
      expect(locked.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
      expect(locked.extensions?.code).toBe('TOO_MANY_REQUESTS');
    }
    // Even the right password is refused while locked…
    const right = await t.client().fails(q, { i: { email: a.users.accountant.email, password: PASSWORD } });
    expect(right.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
    // …and other addresses are unaffected.
    await t.client().login(a.users.staff.email, PASSWORD);
  });

  const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { me { user { id } } } }';
  /** A client seen from another network address (the test server trusts X-Forwarded-For from loopback). */
  const from = (ip: string) => {
    const c = t.client();
    c.headers['x-forwarded-for'] = ip;
    return c;
  };

  it('locks an e-mail only for the network it is attacked from: its owner still signs in elsewhere', async () => {
    const email = a.users.manager.email;
    for (let i = 0; i < 3; i++) await from('203.0.113.7').fails(LOGIN, { i: { email, password: 'wrong-password' } });
    const locked = await from('203.0.113.7').fails(LOGIN, { i: { email, password: PASSWORD } });
    expect(locked.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.message).toMatch(/for this e-mail address\. Try again in 10 minutes/);
    await from('198.51.100.20').login(email, PASSWORD);
  });

  it('locks a network address that tries many e-mails, for every e-mail; other networks are unaffected', async () => {
    const ip = '203.0.113.50';
    for (let i = 0; i < 15; i++)
      await from(ip).fails(LOGIN, { i: { email: `stuffing-${i}@auth.test`, password: 'wrong-password' } });
    const locked = await from(ip).fails(LOGIN, { i: { email: a.users.staff.email, password: PASSWORD } });
    expect(locked.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.message).toMatch(/from your network/);
    expect(locked.extensions?.retryAfterSeconds).toBeGreaterThan(500);
    // A good sign-in elsewhere does not clear the network's counter.
    await from('198.51.100.21').login(a.users.staff.email, PASSWORD);
    expect((await from(ip).fails(LOGIN, { i: { email: a.users.staff.email, password: PASSWORD } })).message).toMatch(
      /from your network/,
    );
  });

  it('locks an e-mail guessed at from many networks, wherever its owner is', async () => {
    const email = 'guessed@auth.test';
    for (let i = 0; i < 7; i++) await from(`192.0.2.${10 + i}`).fails(LOGIN, { i: { email, password: `guess-${i}` } });
    const locked = await from('192.0.2.99').fails(LOGIN, { i: { email, password: 'guess-x' } });
    expect(locked.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.message).toMatch(/for this e-mail address/);
  });

  it('updates the profile language', async () => {
    const c = t.client().useStore(a.storeId);
    await c.login(a.users.staff.email, PASSWORD);
    const r = await c.ok('mutation { updateProfile(input: { locale: de, name: "Sophie" }) { name locale } }');
    expect(r.updateProfile).toEqual({ name: 'Sophie', locale: 'de' });
    // Stored, not only answered: the next request reads it back.
    expect((await c.ok('{ me { user { name locale } } }')).me.user).toEqual({ name: 'Sophie', locale: 'de' });
  });

  it('reports health with the database state and a request id', async () => {
    const res = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'trace-12345678' } });
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
    expect(res.headers.get('x-request-id')).toBe('trace-12345678');
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { user { id } } }')}`);
    expect(res.status).toBe(400);
  });
});

describe('sign-in throttling behind no trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3', TRUST_PROXY: 'false' });
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For when TRUST_PROXY is false: the peer address counts', async () => {
    const q = 'mutation($i: LoginInput!) { login(input: $i) { me { user { id } } } }';
    const from = (ip: string) => {
      const c = t.client();
      c.headers['x-forwarded-for'] = ip;
      return c;
    };
    for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3'])
      await from(ip).fails(q, { i: { email: 'spoof@auth.test', password: 'wrong-password' } });
    const locked = await from('203.0.113.4').fails(q, { i: { email: 'spoof@auth.test', password: 'wrong-password' } });
    expect(locked.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
  });
});
