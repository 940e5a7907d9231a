import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const CREATE =
  'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id email name preferredLanguage isGuest } } }';

describe('customers', () => {
  let t: TestApp;
  let a: Tenant;
  let staff: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'cus');
    staff = t.client().useStore(a.storeId);
    await staff.login(a.users.staff.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('creates and edits; e-mail unique per store case-insensitively', async () => {
    const c = (
      await staff.ok(CREATE, {
        i: {
          email: 'Anne.Muller@Example.lu',
          firstName: 'Anne',
          lastName: 'Müller',
          preferredLanguage: 'lb',
          shippingAddress: ADDRESS,
        },
      })
    ).createCustomer.customer;
    expect(c).toMatchObject({
      email: 'anne.muller@example.lu',
      name: 'Anne Müller',
      preferredLanguage: 'lb',
      isGuest: false,
    });
    const dup = await staff.fails(CREATE, { i: { email: 'ANNE.MULLER@example.lu' } });
    expect(dup.extensions).toMatchObject({
      reason: 'CUSTOMER_EMAIL_TAKEN',
      fields: { email: 'is already used by another customer' },
    });
    const u = await staff.ok(
      'mutation($i: UpdateCustomerInput!) { updateCustomer(input: $i) { customer { phone consentStatus consentSource } } }',
      {
        i: { id: c.id, phone: '+352 621 000 000', consent: { status: 'SUBSCRIBED', source: 'SHOP_COUNTER' } },
      },
    );
    expect(u.updateCustomer.customer).toEqual({
      phone: '+352 621 000 000',
      consentStatus: 'SUBSCRIBED',
      consentSource: 'SHOP_COUNTER',
    });
    const bad = await staff.fails(CREATE, { i: { email: 'not-an-email' } });
    expect(bad.extensions?.fields).toHaveProperty('email');
  });

  it('searches and pages', async () => {
    for (let i = 0; i < 12; i++)
      await staff.ok(CREATE, { i: { email: `pager${i}@example.lu`, firstName: 'Pager', lastName: `N${i}` } });
    const r = await staff.ok(
      '{ customers(search: "pager", first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { email } } }',
    );
    expect(r.customers.totalCount).toBe(12);
    const r2 = await staff.ok(
      `{ customers(search: "pager", first: 10, after: "${r.customers.pageInfo.endCursor}") { nodes { email } } }`,
    );
    expect(r2.customers.nodes).toHaveLength(7);
    const all = [...r.customers.nodes, ...r2.customers.nodes].map((n: any) => n.email);
    expect(new Set(all).size).toBe(12);
  });

  it('shows stats and order history from orders', async () => {
    const p = await seedProduct(t.orm, a.storeId, { priceCents: 1500 });
    await receive(staff, p.id, await createLocation(staff, 'W', '1'), 10);
    const c = (await staff.ok(CREATE, { i: { email: 'buyer@example.lu', firstName: 'B', lastName: 'Uyer' } }))
      .createCustomer.customer;
    for (let i = 0; i < 2; i++) {
      await staff.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
        i: { customerId: c.id, shippingAddress: ADDRESS, lines: [{ productId: p.id, quantity: 1 }] },
      });
    }
    const d = await staff.ok(
      `{ customer(id: "${c.id}") { totalOrders totalSpentCents firstOrderAt lastOrderAt orders { totalCount nodes { totalCents } } } }`,
    );
    expect(d.customer).toMatchObject({ totalOrders: 2, totalSpentCents: 3000, orders: { totalCount: 2 } });
    expect(d.customer.firstOrderAt).not.toBeNull();
  });

  it('exports customers as CSV on Professional; Essential gets FEATURE_NOT_IN_TIER', async () => {
    const owner = t.client().useStore(a.storeId);
    await owner.login(a.users.owner.email, PASSWORD);
    const get = () =>
      fetch(`${t.url}/api/customers/export.csv`, { headers: { cookie: owner.cookie, 'x-store-id': a.storeId } });
    const refused = await get();
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as any).error).toMatchObject({
      reason: 'FEATURE_NOT_IN_TIER',
      requiredTier: 'professional',
    });
    await owner.ok('mutation { changeTier(input: { tier: PROFESSIONAL }) { plan { tier } } }');
    const res = await get();
    expect(res.status).toBe(200);
    const csv = await res.text();
    const [header, ...rows] = parse(csv) as string[][];
    expect(header!.slice(0, 4)).toEqual(['customer_id', 'email', 'first_name', 'last_name']);
    const buyer = rows
      .map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])))
      .find((r) => r.email === 'buyer@example.lu');
    expect(buyer).toMatchObject({ total_orders: '2', total_spent: '30.00', avg_order_value: '15.00' });
    // Staff have no export permission.
    const r = await fetch(`${t.url}/api/customers/export.csv`, {
      headers: { cookie: staff.cookie, 'x-store-id': a.storeId },
    });
    expect(r.status).toBe(403);
  });

  it('exports hostile names neutralised so a spreadsheet shows them as text, never runs them', async () => {
    const owner = t.client().useStore(a.storeId);
    await owner.login(a.users.owner.email, PASSWORD);
    await staff.ok(CREATE, {
      i: {
        email: 'hostile@example.lu',
        firstName: '=HYPERLINK("http://evil.example","x")',
        lastName: '@SUM(1+1)',
        company: '-2+3',
        phone: '+352 621 000 000',
      },
    });
    const res = await fetch(`${t.url}/api/customers/export.csv?search=hostile`, {
      headers: { cookie: owner.cookie, 'x-store-id': a.storeId },
    });
    expect(res.status).toBe(200);
    const [header, row, ...rest] = parse(await res.text(), { relax_quotes: false }) as string[][];
    expect(rest).toEqual([]);
    const cell = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    expect(cell).toMatchObject({
      email: 'hostile@example.lu',
      first_name: `'=HYPERLINK("http://evil.example","x")`,
      last_name: "'@SUM(1+1)",
      company: "'-2+3",
      phone: "'+352 621 000 000",
      total_orders: '0',
      total_spent: '0.00',
    });
  });

  it("isolates tenants: B's customers are not found, listed, exported or changed from A", async () => {
    const b = await createTenant(t.orm, 'cusb');
    const ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    const cb = (await ownerB.ok(CREATE, { i: { email: 'secret@b.example' } })).createCustomer.customer;
    expect((await staff.fails(`{ customer(id: "${cb.id}") { id } }`)).extensions?.code).toBe('NOT_FOUND');
    expect(
      (
        await staff.fails('mutation($i: UpdateCustomerInput!) { updateCustomer(input: $i) { customer { id } } }', {
          i: { id: cb.id, firstName: 'X' },
        })
      ).extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await staff.ok('{ customers(search: "secret") { totalCount } }')).customers.totalCount).toBe(0);
    // The same e-mail may exist in another store.
    await staff.ok(CREATE, { i: { email: 'secret@b.example' } });
    const owner = t.client().useStore(a.storeId);
    await owner.login(a.users.owner.email, PASSWORD);
    const csv = await (
      await fetch(`${t.url}/api/customers/export.csv`, { headers: { cookie: owner.cookie, 'x-store-id': a.storeId } })
    ).text();
    expect(csv.match(/secret@b\.example/g)).toHaveLength(1);
  });
});
