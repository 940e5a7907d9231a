import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const CHANGED = `query($since: DateTimeISO!) {
  orders(first: 100, filter: { updatedAfter: $since }) { totalCount nodes { id status updatedAt } }
}`;

/** The polling filter of docs/api/guides/polling.md: `orders(filter: { updatedAfter })`. */
describe('orders changed since (updatedAfter)', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let staffA: GqlClient;
  let staffB: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'chg-a');
    b = await createTenant(t.orm, 'chg-b');
    staffA = t.client().useStore(a.storeId);
    await staffA.login(a.users.staff.email, PASSWORD);
    staffB = t.client().useStore(b.storeId);
    await staffB.login(b.users.staff.email, PASSWORD);
  });
  afterAll(() => t.close());

  const newOrder = async (c: GqlClient, productId: string) =>
    (
      await c.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id updatedAt } } }', {
        i: {
          newCustomer: { email: 'poll@example.lu', firstName: 'Léa', lastName: 'Muller' },
          shippingAddress: ADDRESS,
          lines: [{ productId, quantity: 1 }],
        },
      })
    ).createOrder.order as { id: string; updatedAt: string };
  const pause = () => new Promise((r) => setTimeout(r, 15));

  it('lists only the orders whose record changed at or after the instant, in the caller store only', async () => {
    const p = await seedProduct(t.orm, a.storeId);
    await receive(staffA, p.id, await createLocation(staffA, 'MAIN', 'A-1'), 10);
    const first = await newOrder(staffA, p.id);
    const second = await newOrder(staffA, p.id);
    await pause();
    const confirmed = (
      await staffA.ok('mutation($i: OrderIdInput!) { confirmOrder(input: $i) { order { id status updatedAt } } }', {
        i: { id: first.id },
      })
    ).confirmOrder.order;
    expect(new Date(confirmed.updatedAt).getTime()).toBeGreaterThan(new Date(second.updatedAt).getTime());

    const sinceConfirm = (await staffA.ok(CHANGED, { since: confirmed.updatedAt })).orders;
    expect(sinceConfirm.nodes).toEqual([{ id: first.id, status: 'PROCESSING', updatedAt: confirmed.updatedAt }]);
    expect(sinceConfirm.totalCount).toBe(1);

    const sinceCreation = (await staffA.ok(CHANGED, { since: first.updatedAt })).orders;
    expect(sinceCreation.nodes.map((o: { id: string }) => o.id).sort()).toEqual([first.id, second.id].sort());

    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await staffA.ok(CHANGED, { since: future })).orders).toEqual({ totalCount: 0, nodes: [] });

    // Another tenant polling since the same instant sees none of store A's orders.
    expect((await staffB.ok(CHANGED, { since: first.updatedAt })).orders).toEqual({ totalCount: 0, nodes: [] });
  });

  it('refuses an instant that is not an ISO 8601 date-time, naming the field', async () => {
    const e = await staffA.fails('{ orders(first: 5, filter: { updatedAfter: "yesterday" }) { totalCount } }');
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(e.extensions)).toContain('updatedAfter');
  });
});
