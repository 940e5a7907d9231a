import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, PASSWORD, ROLES, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { MATRIX } from './matrix/index.js';

type RoleName = (typeof ROLES)[number];

describe('permission matrix: every role × every operation', () => {
  let t: TestApp;
  let a: Tenant;
  const clients = {} as Record<RoleName, GqlClient>;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'matrix');
    for (const role of ROLES) {
      clients[role] = t.client().useStore(a.storeId);
      await clients[role].login(a.users[role].email, PASSWORD);
    }
  });
  afterAll(() => t.close());

  for (const row of MATRIX) {
    for (const role of ROLES) {
      const allowed = row.allowed.includes(role);
      it(`${row.op} × ${role} → ${allowed ? 'allowed' : 'forbidden'}`, async () => {
        const r = await clients[role].raw(row.query, row.vars);
        const code = r.errors?.[0]?.extensions?.code;
        if (allowed) expect(code).not.toBe('FORBIDDEN');
        else expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
      });
    }
    it(`${row.op} without sign-in → UNAUTHENTICATED`, async () => {
      const r = await t.client().useStore(a.storeId).raw(row.query, row.vars);
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  }

  it('every store-scoped operation of the schema is in the matrix', async () => {
    const { buildOrionSchema } = await import('../src/graphql/schema.js');
    const schema = await buildOrionSchema();
    const PUBLIC_OR_SELF = [
      'me',
      'login',
      'logout',
      'updateProfile',
      'invitation',
      'acceptInvitation',
      'tiers',
      'requestPasswordReset',
      'resetPassword',
      'myMailPreferences',
      'updateMailPreferences',
    ];
    const ops = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ].filter((o) => !PUBLIC_OR_SELF.includes(o));
    expect(ops.filter((o) => !MATRIX.some((m) => m.op === o))).toEqual([]);
  });
});
