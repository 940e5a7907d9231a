import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  SESSION_SECRET: crypto.randomBytes(32).toString('hex'),
  ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64'),
  API_KEY_SECRET: crypto.randomBytes(32).toString('hex'),
  SMTP_URL: 'smtp://127.0.0.1:2525',
  MAIL_FROM: 'orion@example.lu',
};
const INTROSPECTION = '{ __schema { queryType { name } } }';

describe('production defaults', () => {
  it('sends the session cookie over HTTPS only and keeps the schema to signed-in callers', () => {
    const prod = loadConfig(PRODUCTION);
    expect(prod.COOKIE_SECURE).toBe(true);
    expect(prod.GRAPHQL_INTROSPECTION).toBe('signed-in');
    const dev = loadConfig({ NODE_ENV: 'development' });
    expect(dev.COOKIE_SECURE).toBe(false);
    expect(dev.GRAPHQL_INTROSPECTION).toBe('everyone');
    // Both can still be set either way.
    expect(loadConfig({ ...PRODUCTION, COOKIE_SECURE: 'false', GRAPHQL_INTROSPECTION: 'everyone' })).toMatchObject({
      COOKIE_SECURE: false,
      GRAPHQL_INTROSPECTION: 'everyone',
    });
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'nobody' })).toThrow(/GRAPHQL_INTROSPECTION/);
  });

  describe('a production server', () => {
    let t: TestApp;
    let a: Tenant;
    beforeAll(async () => {
      t = await startTestApp(PRODUCTION);
      a = await createTenant(t.orm, 'prod');
    });
    afterAll(() => t.close());

    it('refuses introspection to anonymous callers, answers it for signed-in users', async () => {
      const anonymous = t.client();
      const r = await anonymous.raw(INTROSPECTION);
      expect(r.status).toBe(401);
      expect(r.errors![0]!.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'INTROSPECTION_NEEDS_SIGN_IN',
      });
      expect((await anonymous.raw('{ __type(name: "Order") { name } }')).status).toBe(401);
      // __typename is no introspection.
      expect((await anonymous.ok('{ __typename }')).__typename).toBe('Query');
      const user = t.client();
      await user.login(a.users.staff.email, PASSWORD);
      expect((await user.ok(INTROSPECTION)).__schema.queryType.name).toBe('Query');
    });

    it('sets the session cookie Secure, and clears it with the same flags', async () => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: LoginInput!) { login(input: $i) { me { user { id } } } }',
          variables: { i: { email: a.users.staff.email, password: PASSWORD } },
        }),
      });
      const [set] = res.headers.getSetCookie();
      const flags = (c: string) =>
        c
          .split('; ')
          .slice(1)
          .filter((f) => !/^Max-Age=/i.test(f))
          .sort();
      expect(flags(set!)).toEqual(['HttpOnly', 'Path=/', 'SameSite=Lax', 'Secure']);
      const out = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: set!.split(';')[0]! },
        body: JSON.stringify({ query: 'mutation { logout }' }),
      });
      const [cleared] = out.headers.getSetCookie();
      expect(cleared).toMatch(/^orion_session=;/);
      expect(cleared).toContain('Max-Age=0');
      expect(flags(cleared!)).toEqual(flags(set!));
    });
  });
});
