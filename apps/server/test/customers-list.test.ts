import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT_FILTER } from '../src/core/tenant-filter.js';
import {
  applyOrderToCustomerStats,
  findOrCreateCustomer,
  recomputeCustomerStats,
} from '../src/modules/customers/customer-stats.js';
import { ADDRESS } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, ROLES, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const CREATE = 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id email } } }';
const STATS = 'totalOrders totalSpentCents firstOrderAt lastOrderAt';

describe('customers: ordering, search, statistics helpers, export', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  const as = {} as Record<(typeof ROLES)[number], GqlClient>;
  let staff: GqlClient;
  let orderNo = 0;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'cul');
    b = await createTenant(t.orm, 'culb');
    for (const role of ROLES) {
      as[role] = t.client().useStore(a.storeId);
      await as[role].login(a.users[role].email, PASSWORD);
    }
    staff = as.staff;
  });
  afterAll(() => t.close());

  const em = (storeId = a.storeId) => {
    const e = t.orm.em.fork();
    e.setFilterParams(TENANT_FILTER, { storeId });
    return e;
  };
  /** An order row as the orders module stores it (only what the statistics read matters here). */
  const insertOrder = async (customerId: string, status: string, totalCents: number, orderedAt: string) => {
    orderNo += 1;
    const snap = JSON.stringify({ email: 'x@example.lu', name: 'X', locale: 'fr' });
    const addr = JSON.stringify(ADDRESS);
    await em().execute(
      `insert into customer_order (id, store_id, order_number, channel, status, customer_id, customer_snapshot, shipping_address,
         billing_address, subtotal_cents, tax_cents, total_cents, ordered_at)
       values (?, ?, ?, 'direct', ?::order_status, ?, ?, ?, ?, ?, 0, ?, ?)`,
      [
        crypto.randomUUID(),
        a.storeId,
        10_000 + orderNo,
        status,
        customerId,
        snap,
        addr,
        addr,
        totalCents,
        totalCents,
        orderedAt,
      ],
    );
  };
  const stats = async (id: string) => (await staff.ok(`{ customer(id: "${id}") { ${STATS} } }`)).customer;

  it('orders by last order with customers who never ordered last, paging without gaps either way', async () => {
    const e = em();
    const emails: string[] = [];
    for (let i = 0; i < 11; i++) {
      const email = `lo${String(i).padStart(2, '0')}@order.lu`;
      emails.push(email);
      // Four never ordered; two share a millisecond; one carries microseconds written by SQL.
      const at =
        i < 4
          ? null
          : i === 5 || i === 6
            ? '2026-03-01T10:00:00.123Z'
            : i === 7
              ? '2026-03-02T10:00:00.123456Z'
              : `2026-02-${10 + i}T08:00:00Z`;
      await e.execute('insert into customer (id, store_id, email, last_order_at) values (?, ?, ?, ?)', [
        crypto.randomUUID(),
        a.storeId,
        email,
        at,
      ]);
    }
    for (const direction of ['desc', 'asc']) {
      const seen: { email: string; lastOrderAt: string | null }[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const page: any = await staff.ok(
          `query($a: String) { customers(search: "@order.lu", first: 3, after: $a, sort: LAST_ORDER, direction: "${direction}") { pageInfo { hasNextPage endCursor } nodes { email lastOrderAt } } }`,
          { a: after },
        );
        seen.push(...page.customers.nodes);
        after = page.customers.pageInfo.hasNextPage ? page.customers.pageInfo.endCursor : null;
        if (!after) break;
      }
      expect(seen.map((s) => s.email).sort()).toEqual(emails);
      const dated = seen.filter((s) => s.lastOrderAt).map((s) => s.lastOrderAt!);
      expect(seen.slice(dated.length).every((s) => s.lastOrderAt === null)).toBe(true);
      expect(dated).toEqual([...dated].sort((x, y) => (direction === 'asc' ? x.localeCompare(y) : y.localeCompare(x))));
    }
  });

  it('searches every word in name, e-mail and company; refuses an unknown direction', async () => {
    await staff.ok(CREATE, {
      i: { email: 'anne@example.lu', firstName: 'Anne', lastName: 'Müller', company: 'Bäckerei' },
    });
    await staff.ok(CREATE, { i: { email: 'anne.k@example.lu', firstName: 'Anne', lastName: 'Klein' } });
    const r = await staff.ok('{ customers(search: " anne  MÜLLER ") { nodes { email } } }');
    expect(r.customers.nodes).toEqual([{ email: 'anne@example.lu' }]);
    expect((await staff.ok('{ customers(search: "anne bäck") { totalCount } }')).customers.totalCount).toBe(1);
    expect((await staff.ok('{ customers(search: "100%") { totalCount } }')).customers.totalCount).toBe(0);
    const bad = await staff.fails('{ customers(direction: "sideways") { totalCount } }');
    expect(bad.extensions?.fields).toEqual({ direction: 'must be asc or desc' });
  });

  it('one customer per e-mail under concurrent creates: the others get CUSTOMER_EMAIL_TAKEN', async () => {
    const results = await Promise.all(
      ['race@example.lu', 'RACE@example.lu', 'Race@Example.lu', 'race@EXAMPLE.LU'].map((email) =>
        staff.raw(CREATE, { i: { email } }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.reason)).toEqual(
      Array(3).fill('CUSTOMER_EMAIL_TAKEN'),
    );
  });

  it('findOrCreateCustomer matches by e-mail in any case, per store, and makes one row under concurrency', async () => {
    const details = (email: string) => ({
      email,
      firstName: ' Guest ',
      lastName: 'Buyer',
      isGuest: true,
      address: ADDRESS,
    });
    const made = await Promise.all(
      ['Guest@Shop.lu', 'guest@shop.lu', 'GUEST@SHOP.LU', 'guest@Shop.lu', 'gUEST@shop.lu'].map((e) =>
        em().transactional((tx) => findOrCreateCustomer(tx, a.storeId, details(e))),
      ),
    );
    expect(new Set(made.map((c) => c.id)).size).toBe(1);
    expect(made[0]).toMatchObject({ email: 'guest@shop.lu', firstName: 'Guest', isGuest: true });
    const [{ n }] = await em().execute<{ n: number }[]>(
      `select count(*)::int as n from customer where store_id = ? and lower(email) = 'guest@shop.lu'`,
      [a.storeId],
    );
    expect(n).toBe(1);
    // An existing registered customer is found, not duplicated nor overwritten.
    const reg = (await staff.ok(CREATE, { i: { email: 'known@shop.lu', firstName: 'Known' } })).createCustomer.customer;
    const found = await findOrCreateCustomer(em(), a.storeId, details('KNOWN@shop.lu'));
    expect(found).toMatchObject({ id: reg.id, firstName: 'Known', isGuest: false });
    // The same address in store B is another customer.
    const inB = await findOrCreateCustomer(em(b.storeId), b.storeId, details('guest@shop.lu'));
    expect(inB.id).not.toBe(made[0]!.id);
  });

  it('keeps statistics with one atomic update per order and recomputes them after cancel and refund', async () => {
    const c = (await staff.ok(CREATE, { i: { email: 'stats@example.lu' } })).createCustomer.customer;
    expect(await stats(c.id)).toEqual({ totalOrders: 0, totalSpentCents: 0, firstOrderAt: null, lastOrderAt: null });
    // Concurrent orders of one customer: no update lost.
    const at = [
      '2026-05-03T09:00:00.000Z',
      '2026-05-01T09:00:00.000Z',
      '2026-05-09T09:00:00.000Z',
      '2026-05-05T09:00:00.000Z',
    ];
    await Promise.all(
      at.map((d, i) =>
        em().transactional(async (tx) => {
          await applyOrderToCustomerStats(tx, c.id, {
            deltaOrders: 1,
            deltaSpentCents: 1000 * (i + 1),
            orderedAt: new Date(d),
          });
        }),
      ),
    );
    expect(await stats(c.id)).toEqual({
      totalOrders: 4,
      totalSpentCents: 10_000,
      firstOrderAt: '2026-05-01T09:00:00.000Z',
      lastOrderAt: '2026-05-09T09:00:00.000Z',
    });

    // From the orders: the cancelled one does not count; the refunded one counts, but was not spent.
    await insertOrder(c.id, 'delivered', 1500, '2026-06-02T10:00:00.123456Z');
    await insertOrder(c.id, 'refunded', 2000, '2026-06-03T10:00:00Z');
    await insertOrder(c.id, 'cancelled', 9900, '2026-06-04T10:00:00Z');
    await insertOrder(c.id, 'pending', 700, '2026-06-01T10:00:00Z');
    await em().transactional((tx) => recomputeCustomerStats(tx, c.id));
    expect(await stats(c.id)).toEqual({
      totalOrders: 3,
      totalSpentCents: 2200,
      firstOrderAt: '2026-06-01T10:00:00.000Z',
      lastOrderAt: '2026-06-03T10:00:00.000Z',
    });
    const [row] = await em().execute<{ us: string }[]>(
      `select extract(microseconds from first_order_at)::text as us from customer where id = ?`,
      [c.id],
    );
    expect(row!.us).toBe('0');
    // Without any order that counts, everything is back to nothing.
    await em().execute(`update customer_order set status = 'cancelled' where customer_id = ?`, [c.id]);
    await recomputeCustomerStats(em(), c.id);
    expect(await stats(c.id)).toEqual({ totalOrders: 0, totalSpentCents: 0, firstOrderAt: null, lastOrderAt: null });
  });

  it('lists a customer’s orders newest first, paged; another store cannot reach them', async () => {
    const c = (await staff.ok(CREATE, { i: { email: 'history@example.lu' } })).createCustomer.customer;
    for (let d = 1; d <= 5; d++) await insertOrder(c.id, 'delivered', d * 100, `2026-07-0${d}T12:00:00Z`);
    const q = `query($a: String) { customer(id: "${c.id}") { orders(first: 2, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { totalCents } } } }`;
    const totals: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 5; guard++) {
      const r: any = await staff.ok(q, { a: after });
      expect(r.customer.orders.totalCount).toBe(5);
      totals.push(...r.customer.orders.nodes.map((n: any) => n.totalCents));
      after = r.customer.orders.pageInfo.hasNextPage ? r.customer.orders.pageInfo.endCursor : null;
      if (!after) break;
    }
    expect(totals).toEqual([500, 400, 300, 200, 100]);
    const ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    expect((await ownerB.fails(`{ customer(id: "${c.id}") { orders { totalCount } } }`)).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('exports with the list’s filters; needs CUSTOMERS_READ and CUSTOMERS_EXPORT', async () => {
    await t.orm.em.fork().execute(
      `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'professional', now(), now() + interval '1 month')
         on conflict (store_id) do update set tier = 'professional'`,
      [a.storeId],
    );
    await staff.ok(CREATE, {
      i: {
        email: 'optin@example.lu',
        firstName: 'Opt',
        lastName: 'In',
        consent: { status: 'SUBSCRIBED', source: 'FORM' },
      },
    });
    const get = (c: GqlClient, query = '') =>
      fetch(`${t.url}/api/customers/export.csv${query}`, { headers: { cookie: c.cookie, 'x-store-id': a.storeId } });
    const all = await get(as.manager);
    expect(all.status).toBe(200);
    expect(all.headers.get('content-disposition')).toMatch(
      /^attachment; filename="customers-full-store-cul-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const allRows = (await all.text()).trimEnd().split('\n');
    const [{ n }] = await em().execute<{ n: number }[]>('select count(*)::int as n from customer where store_id = ?', [
      a.storeId,
    ]);
    expect(allRows).toHaveLength(n + 1);
    const optIn = (await (await get(as.owner, '?consent=subscribed')).text()).trimEnd().split('\n');
    expect(optIn.slice(1).map((l) => l.split(',')[1])).toEqual(['optin@example.lu']);
    const searched = (await (await get(as.owner, '?search=anne%20m%C3%BCller')).text()).trimEnd().split('\n');
    expect(searched.slice(1).map((l) => l.split(',')[1])).toEqual(['anne@example.lu']);
    // Accountants have neither CUSTOMERS_READ nor CUSTOMERS_EXPORT; staff read customers but do not export them.
    for (const role of ['accountant', 'staff'] as const) {
      const res = await get(as[role]);
      expect(res.status).toBe(403);
      expect(((await res.json()) as any).error).toMatchObject({ reason: 'PERMISSION_DENIED' });
    }
    expect((await fetch(`${t.url}/api/customers/export.csv?store=${a.storeId}`)).status).toBe(401);
  });
});
