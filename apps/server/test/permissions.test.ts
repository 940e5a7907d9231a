import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, PASSWORD, ROLES, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { FIELD_MATRIX, type FieldIds } from './matrix/fields.js';
import { MATRIX } from './matrix/index.js';

type RoleName = (typeof ROLES)[number];

describe('permission matrix: every role × every operation', () => {
  let t: TestApp;
  let a: Tenant;
  const clients = {} as Record<RoleName, GqlClient>;
  const ids = {} as FieldIds;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'matrix');
    for (const role of ROLES) {
      clients[role] = t.client().useStore(a.storeId);
      await clients[role].login(a.users[role].email, PASSWORD);
    }
    // One invoiced order, so that nested fields resolve (an empty list would prove nothing).
    const owner = clients.owner;
    const product = await seedProduct(t.orm, a.storeId, { priceCents: 1990 });
    await receive(owner, product.id, await createLocation(owner, 'MAIN', 'A-1'), 5);
    const address = { ...ADDRESS, phone: '+352 621 000 111' };
    const created = await owner.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
      i: {
        newCustomer: { email: 'buyer@matrix.test', firstName: 'Léa', lastName: 'Muller', phone: '+352 621 000 222' },
        shippingAddress: address,
        billingAddress: address,
        lines: [{ productId: product.id, quantity: 1 }],
      },
    });
    ids.order = created.createOrder.order.id;
    await owner.ok('mutation($i: UpdateInvoiceSettingsInput!) { updateInvoiceSettings(input: $i) { vatNumber } }', {
      i: { vatNumber: 'LU26375245', iban: 'LU280019400644750000', bic: 'BCEELULL', rcsNumber: 'B123456' },
    });
    const issued = await owner.ok('mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id } } }', {
      i: { orderId: ids.order },
    });
    ids.invoice = issued.issueInvoice.invoice.id;
    // Plan features answer FEATURE_NOT_IN_TIER (FORBIDDEN too): the matrix runs on a plan that has them.
    await owner.ok('mutation { changeTier(input: { tier: PROFESSIONAL }) { status } }');
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

  for (const row of FIELD_MATRIX) {
    for (const role of ROLES) {
      const allowed = row.allowed.includes(role);
      it(`${row.field} (${row.path}) × ${role} → ${allowed ? 'allowed' : 'forbidden'}`, async () => {
        const r = await clients[role].raw(row.query(ids));
        if (allowed) {
          expect(r.errors).toBeUndefined();
          const root = row.path === 'list' ? r.data?.orders.nodes[0] : (r.data?.order ?? r.data?.invoice);
          expect(root).toBeTruthy();
        } else {
          expect(r.errors?.[0]?.extensions).toMatchObject({
            code: 'FORBIDDEN',
            reason: 'PERMISSION_DENIED',
            missing: ['CUSTOMERS_READ'],
            field: row.field,
          });
          expect(JSON.stringify(r.data ?? null)).not.toMatch(/buyer@matrix|621 000|Rue de la Gare/);
        }
      });
    }
  }

  it("an order's buyer e-mail cannot be searched for without CUSTOMERS_READ", async () => {
    const q = '{ orders(filter: { search: "buyer@matrix" }) { totalCount nodes { id } } }';
    expect((await clients.staff.ok(q)).orders.totalCount).toBe(1);
    expect(await clients.accountant.ok(q)).toEqual({ orders: { totalCount: 0, nodes: [] } });
  });

  it('every field with its own permission is in the field matrix', async () => {
    const { buildOrionSchema } = await import('../src/graphql/schema.js');
    const { getMetadataStorage } = await import('type-graphql');
    await buildOrionSchema();
    const storage = getMetadataStorage();
    const guarded = storage.authorizedFields
      .map((f) => {
        const resolver = storage.fieldResolvers.find((r) => r.target === f.target && r.methodName === f.fieldName);
        // Operations (queries, mutations) are the operation matrix's; this one covers fields.
        return resolver ? `${resolver.getObjectType!()!.name}.${f.fieldName}` : null;
      })
      .filter((f): f is string => f !== null);
    expect(guarded.length).toBeGreaterThan(0);
    expect(guarded.filter((f) => !FIELD_MATRIX.some((row) => row.field === f))).toEqual([]);
  });

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
    // One's own sessions and password (tested in sessions.test.ts).
    PUBLIC_OR_SELF.push('mySessions', 'revokeSession', 'signOutEverywhere', 'changePassword');
    const ops = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ].filter((o) => !PUBLIC_OR_SELF.includes(o));
    expect(ops.filter((o) => !MATRIX.some((m) => m.op === o))).toEqual([]);
  });
});
