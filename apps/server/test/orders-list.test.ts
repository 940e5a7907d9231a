/**
 * The `orders` list's read path (raw SQL, plain rows, lines and customer fetched ahead): the same
 * answers as the ORM path it replaced — order, cursors, filters, counts, every field — and what
 * raw SQL could get wrong: ties, microsecond timestamps, line order, tenant isolation.
 */
import 'reflect-metadata';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectionArgs, paginate } from '../src/core/connection.js';
import { TENANT_FILTER } from '../src/core/tenant-filter.js';
import type { StoreCtx } from '../src/core/context.js';
import { customerOf, linesOf, listOrders } from '../src/modules/orders/order-list.js';
import { Order } from '../src/modules/orders/order.entity.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const NODE = `id orderNumber status channel subtotalCents shippingCents discountCents taxCents totalCents currency
  vatRegime orderedAt createdAt updatedAt confirmedAt shippedAt deliveredAt cancelledAt carrier trackingNumber note
  externalOrderId externalShipmentId externalOrderNumber nextStatuses
  customerSnapshot { email name phone locale }
  shippingAddress { firstName lastName company street streetNumber postalCode city country phone }
  billingAddress { city country }
  customer { id email firstName lastName name company phone vatNumber preferredLanguage consentStatus consentSource consentChangedAt tags isGuest
    totalOrders totalSpentCents firstOrderAt lastOrderAt createdAt updatedAt shippingAddress { city } }
  lines { id sku gtin name unitPriceCents vatCategory quantity lineTotalCents externalItemIds itemState
    unmatchedProduct productId createdAt updatedAt }`;

type Filter = Record<string, unknown>;
type Sort = { field: 'orderedAt' | 'totalCents' | 'orderNumber'; direction: 'asc' | 'desc' };
const SORT_ENUM = { orderedAt: 'ORDERED_AT', totalCents: 'TOTAL', orderNumber: 'ORDER_NUMBER' } as const;

/** The filters as the ORM path built them (the reference the raw SQL must agree with). */
function ormWhere(filter: Filter): FilterQuery<Order> {
  const where: FilterQuery<Order>[] = [];
  const f = filter as {
    status?: string[];
    channel?: string;
    from?: string;
    to?: string;
    customerId?: string;
    search?: string;
  };
  if (f.status?.length) where.push({ status: { $in: f.status.map((s) => s.toLowerCase()) } } as never);
  if (f.channel) where.push({ channel: f.channel.toLowerCase() } as never);
  if (f.from) where.push({ orderedAt: { $gte: new Date(f.from) } });
  if (f.to) where.push({ orderedAt: { $lt: new Date(f.to) } });
  if (f.customerId) where.push({ customer: f.customerId });
  const q = f.search?.trim().replace(/^#/, '');
  if (q) {
    const escaped = q.replace(/([\\%_])/g, '\\$1');
    where.push(
      /^\d{1,9}$/.test(q)
        ? { $or: [{ orderNumber: Number(q) }, { externalOrderNumber: q }] }
        : { $or: [{ customerSnapshot: { email: { $ilike: `%${escaped}%` } } }, { externalOrderNumber: q }] },
    );
  }
  return where.length ? { $and: where } : {};
}

describe('orders list (raw SQL read path)', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let ca: GqlClient;
  let cb: GqlClient;
  const customersA: string[] = [];
  const exec = (sql: string, params: unknown[] = []) => t.orm.em.fork().execute(sql, params);

  /** Orders with ties on every sort key, guests, lines written out of position order, odd e-mails. */
  async function seed(storeId: string, tag: string, into: string[]) {
    for (let i = 0; i < 6; i++) {
      const [c] = await exec(
        `insert into customer (id, store_id, email, first_name, last_name, preferred_language, is_guest, company,
           total_orders, total_spent_cents, last_order_at, shipping_address)
         values (gen_random_uuid(), ?, ?, ?, ?, 'de', ?, ?, ?, ?, ?, ?) returning id`,
        [
          storeId,
          `c${i}_${tag}${i === 3 ? '%x' : ''}@example.lu`,
          i === 4 ? '' : `First${i}`,
          `Last${i}`,
          i % 2 === 1,
          i === 2 ? 'Bäckerei' : null,
          i,
          i * 1000,
          i === 0 ? null : new Date(Date.UTC(2025, 0, i, 8)),
          i === 1
            ? JSON.stringify({
                firstName: 'A',
                lastName: 'B',
                street: 'S',
                postalCode: 'L-1',
                city: 'Esch',
                country: 'LU',
              })
            : null,
        ],
      );
      into.push(c.id);
    }
    const statuses = ['pending', 'processing', 'shipped', 'delivered', 'cancelled', 'refunded'];
    for (let n = 1; n <= 40; n++) {
      const customer = into[n % into.length]!;
      // Five orders share each instant; totals repeat every seven.
      const at = new Date(Date.UTC(2025, 1, 1, 9, Math.floor(n / 5), 0, 250));
      const [o] = await exec(
        `insert into customer_order (id, store_id, order_number, channel, status, customer_id, customer_snapshot,
           shipping_address, billing_address, subtotal_cents, tax_cents, total_cents, ordered_at, confirmed_at,
           external_order_number, carrier, note, vat_regime)
         values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
        [
          storeId,
          n,
          n % 3 === 0 ? 'letzshop' : 'direct',
          statuses[n % statuses.length],
          customer,
          JSON.stringify({
            email: n % 4 === 0 ? `a_b%c${n}@example.lu` : `buyer${n}@${tag}.lu`,
            name: `Buyer ${n}`,
            ...(n % 2 ? { phone: '+352 1' } : {}),
            locale: 'fr',
          }),
          JSON.stringify({
            firstName: 'Léa',
            lastName: 'M',
            street: 'Rue',
            postalCode: 'L-1',
            city: 'Lux',
            country: 'LU',
          }),
          JSON.stringify({
            firstName: 'Léa',
            lastName: 'M',
            street: 'Rue',
            postalCode: 'L-1',
            city: 'Lux',
            country: 'LU',
          }),
          (n % 7) * 100,
          (n % 7) * 10,
          (n % 7) * 100,
          at,
          n % 2 ? at : null,
          n % 5 === 0 ? `LS-${1000 + n}` : n === 11 ? '7' : null,
          n % 6 === 2 ? 'post_lu' : null,
          n === 1 ? 'ring twice' : null,
          n % 2 ? 'domestic' : null,
        ],
      );
      // Lines inserted last position first; some without a product.
      for (let pos = n % 4; pos >= 1; pos--) {
        await exec(
          `insert into order_line (id, store_id, order_id, position, product_id, sku, name, unit_price_cents,
             vat_category, quantity, line_total_cents, external_item_ids, unmatched_product, item_state)
           values (gen_random_uuid(), ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            storeId,
            o.id,
            pos,
            `SKU-${n}-${pos}`,
            `Item ${pos}`,
            100 * pos,
            pos === 2 ? 'reduced' : 'standard',
            pos,
            100 * pos * pos,
            JSON.stringify(pos === 1 ? ['u1', 'u2'] : []),
            pos === 3,
            n % 3 === 0 ? 'confirmed_available' : null,
          ],
        );
      }
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'lista');
    b = await createTenant(t.orm, 'listb');
    await seed(a.storeId, 'a', customersA);
    await seed(b.storeId, 'b', []);
    ca = t.client().useStore(a.storeId);
    await ca.login(a.users.manager.email, PASSWORD);
    cb = t.client().useStore(b.storeId);
    await cb.login(b.users.owner.email, PASSWORD);
  });
  afterAll(() => t.close());

  /** Every page of the list through GraphQL: ids, cursors, pageInfo and totalCount per page. */
  async function walk(c: GqlClient, filter: Filter, sort: Sort | null, first: number, fields = 'id') {
    const pages: { ids: string[]; cursors: string[]; hasNextPage: boolean; totalCount: number; nodes: any[] }[] = [];
    let after: string | null = null;
    do {
      const r: any = await c.ok(
        `query($first: Int!, $after: String, $filter: OrderFilter, $sort: OrderSort) {
          orders(first: $first, after: $after, filter: $filter, sort: $sort) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id } } nodes { ${fields} } } }`,
        {
          first,
          after,
          filter,
          sort: sort && { field: SORT_ENUM[sort.field], direction: sort.direction },
        },
      );
      const o = r.orders;
      expect(o.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(o.pageInfo.startCursor).toBe(o.edges[0]?.cursor ?? null);
      expect(o.pageInfo.endCursor).toBe(o.edges.at(-1)?.cursor ?? null);
      expect(o.nodes.map((n: any) => n.id)).toEqual(o.edges.map((e: any) => e.node.id));
      pages.push({
        ids: o.edges.map((e: any) => e.node.id),
        cursors: o.edges.map((e: any) => e.cursor),
        hasNextPage: o.pageInfo.hasNextPage,
        totalCount: o.totalCount,
        nodes: o.nodes,
      });
      after = o.pageInfo.hasNextPage ? o.pageInfo.endCursor : null;
      if (pages.length > 100) throw new Error('does not end');
    } while (after);
    return pages;
  }

  /** The same walk through the ORM path (`paginate` on entities), as the list worked before. */
  async function walkOrm(storeId: string, filter: Filter, sort: Sort | null, first: number) {
    const pages: { ids: string[]; cursors: string[]; hasNextPage: boolean; totalCount: number }[] = [];
    let after: string | null = null;
    do {
      const em = t.orm.em.fork();
      em.setFilterParams(TENANT_FILTER, { storeId });
      const args = { first, after } as ConnectionArgs;
      const r = await paginate(em, Order, ormWhere(filter), args, {
        field: sort?.field ?? 'orderedAt',
        direction: sort?.direction ?? 'desc',
      });
      pages.push({
        ids: r.edges.map((e) => e.node.id),
        cursors: r.edges.map((e) => e.cursor),
        hasNextPage: r.pageInfo.hasNextPage,
        totalCount: await r.totalCount,
      });
      after = r.pageInfo.hasNextPage ? r.pageInfo.endCursor : null;
    } while (after);
    return pages;
  }

  it('pages, sorts and filters exactly as the ORM path did (ids, cursors, pageInfo, totalCount)', async () => {
    const [buyer] = (
      await ca.ok('{ orders(first: 1, sort: { field: ORDER_NUMBER, direction: "asc" }) { nodes { customer { id } } } }')
    ).orders.nodes;
    const filters: Filter[] = [
      {},
      { status: ['PENDING', 'CANCELLED'] },
      { status: [] },
      { channel: 'LETZSHOP' },
      { from: '2025-02-01T09:02:00.250Z', to: '2025-02-01T09:06:00.250Z' },
      { customerId: buyer.customer.id },
      { search: '#12' },
      { search: '7' },
      { search: 'LS-1010' },
      { search: 'a_b%c' },
      { search: 'A_B%C1' },
      { search: '  BUYER1@a ' },
      { search: 'nobody' },
      { search: "o'brien\\ \\%" },
      { status: ['SHIPPED', 'DELIVERED', 'REFUNDED'], channel: 'DIRECT', search: 'example' },
    ];
    const sorts: (Sort | null)[] = [
      null,
      { field: 'orderedAt', direction: 'asc' },
      { field: 'totalCents', direction: 'desc' },
      { field: 'totalCents', direction: 'asc' },
      { field: 'orderNumber', direction: 'asc' },
      { field: 'orderNumber', direction: 'desc' },
    ];
    let compared = 0;
    for (const filter of filters) {
      for (const sort of filter === filters[0] ? sorts : [null, sorts[2]!]) {
        for (const first of [7, 100]) {
          const got = await walk(ca, filter, sort, first);
          const want = await walkOrm(a.storeId, filter, sort, first);
          expect(
            got.map(({ nodes: _, ...p }) => p),
            JSON.stringify({ filter, sort, first }),
          ).toEqual(want);
          compared += got.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(60);
  });

  it('answers every field as the single-order (entity) path does, with lines by position', async () => {
    const pages = await walk(ca, {}, null, 13, NODE);
    const nodes = pages.flatMap((p) => p.nodes);
    expect(nodes).toHaveLength(40);
    for (const node of nodes) {
      const single = (await ca.ok(`query($id: ID!) { order(id: $id) { ${NODE} } }`, { id: node.id })).order;
      expect(node).toEqual(single);
      expect(node.lines.map((l: any) => l.sku)).toEqual(
        node.lines.map((_: any, i: number) => `SKU-${node.orderNumber}-${i + 1}`),
      );
    }
    expect(nodes.some((n) => n.customer.isGuest)).toBe(true);
    expect(nodes.some((n) => n.lines.length === 0)).toBe(true);
    expect(nodes.some((n) => n.customer.shippingAddress)).toBe(true);
  });

  it('reads the same through fragments, aliases, edges and without prefetch-able selections', async () => {
    const viaNodes = (await ca.ok(`{ orders(first: 40) { nodes { ${NODE} } } }`)).orders.nodes;
    const viaFragments = (
      await ca.ok(`
      fragment L on OrderLine { sku position: name q: quantity }
      fragment O on Order { id ... on Order { c: customer { email name } } lines { ...L } }
      { orders(first: 40) { edges { node { ...O status } } } }`)
    ).orders.edges.map((e: any) => e.node);
    expect(viaFragments).toEqual(
      viaNodes.map((n: any) => ({
        id: n.id,
        c: { email: n.customer.email, name: n.customer.name },
        lines: n.lines.map((l: any) => ({ sku: l.sku, position: l.name, q: l.quantity })),
        status: n.status,
      })),
    );
    // The customer's order history goes through the same path.
    const id = viaNodes[0].customer.id;
    const history = (
      await ca.ok(
        `query($id: ID!) { customer(id: $id) { orders(first: 20) { totalCount nodes { id lines { sku } } } } }`,
        { id },
      )
    ).customer.orders;
    const mine = viaNodes.filter((n: any) => n.customer.id === id);
    expect(history.totalCount).toBe(mine.length);
    // A customer's orders come at most 20 a page.
    expect(history.nodes).toEqual(
      mine.slice(0, 20).map((n: any) => ({ id: n.id, lines: n.lines.map((l: any) => ({ sku: l.sku })) })),
    );
    // Nested lists in one request: each page keeps its own prefetched rows.
    const nested = (
      await ca.ok(`{ orders(first: 5) { nodes { id lines { sku }
        customer { orders(first: 3) { nodes { id lines { name quantity } customer { email } } } } } } }`)
    ).orders.nodes;
    for (const n of nested) {
      for (const o of n.customer.orders.nodes) {
        const ref = viaNodes.find((x: any) => x.id === o.id);
        expect(o).toEqual({
          id: ref.id,
          lines: ref.lines.map((l: any) => ({ name: l.name, quantity: l.quantity })),
          customer: { email: ref.customer.email },
        });
      }
    }
  });

  it('loads lines and customers in one batched statement each when the page did not fetch them', async () => {
    const em = t.orm.em.fork();
    em.setFilterParams(TENANT_FILTER, { storeId: a.storeId });
    const ctx = { em, storeId: a.storeId } as StoreCtx;
    const plain = await listOrders(ctx, {}, undefined, { first: 40 });
    const ahead = await listOrders(
      { ...ctx } as StoreCtx,
      {},
      undefined,
      { first: 40 },
      {
        order: 'all',
        lines: 'all',
        customer: 'all',
      },
    );
    expect(plain.nodes.map((n) => n.id)).toEqual(ahead.nodes.map((n) => n.id));
    const statements: string[] = [];
    const conn = t.orm.em.getConnection();
    const execute = conn.execute.bind(conn);
    conn.execute = (async (...args: Parameters<typeof execute>) => {
      statements.push(String(args[0]));
      return execute(...args);
    }) as typeof conn.execute;
    try {
      const [lines, customers] = await Promise.all([
        Promise.all(plain.nodes.map((n) => linesOf(ctx, n))),
        Promise.all(plain.nodes.map((n) => customerOf(ctx, n))),
      ]);
      expect(statements).toHaveLength(2);
      expect(lines).toEqual(await Promise.all(ahead.nodes.map((n) => linesOf(ctx, n))));
      expect(customers).toEqual(await Promise.all(ahead.nodes.map((n) => customerOf(ctx, n))));
      expect(statements).toHaveLength(2);
      expect(lines.flat().length).toBeGreaterThan(40);
    } finally {
      conn.execute = execute;
    }
  });

  it('pages across equal timestamps and microseconds without skipping or repeating', async () => {
    const c = customersA[0]!;
    const stamps = [
      '2030-01-01 00:00:00.123456+00',
      '2030-01-01 00:00:00.123456+00',
      '2030-01-01 00:00:00.1232+00',
      '2030-01-01 00:00:00.123+00',
      '2030-01-01 00:00:00.123+00',
      '2030-01-01 00:00:00.123999+00',
      '2030-01-01 00:00:00.124+00',
      '2030-01-01 00:00:00.122001+00',
    ];
    for (const [i, at] of stamps.entries()) {
      await exec(
        `insert into customer_order (id, store_id, order_number, channel, status, customer_id, customer_snapshot,
           shipping_address, billing_address, subtotal_cents, tax_cents, total_cents, ordered_at)
         values (gen_random_uuid(), ?, ?, 'direct', 'pending', ?, '{"email":"micro@x.lu","name":"M"}', '{}', '{}', 0, 0, 0, ?::timestamptz)`,
        [a.storeId, 900 + i, c, at],
      );
    }
    try {
      const want = await exec(
        `select id from customer_order where store_id = ? and ordered_at >= '2030-01-01' order by ordered_at desc, id desc`,
        [a.storeId],
      );
      const filter = { from: '2030-01-01T00:00:00.000Z' };
      for (const first of [1, 2, 3]) {
        const desc = await walk(ca, filter, null, first);
        expect(desc.flatMap((p) => p.ids)).toEqual(want.map((r: any) => r.id));
        const asc = await walk(ca, filter, { field: 'orderedAt', direction: 'asc' }, first);
        expect(asc.flatMap((p) => p.ids)).toEqual(want.map((r: any) => r.id).reverse());
      }
      // Cursors of millisecond timestamps are the ones the ORM path wrote; others keep the microseconds.
      const cursors = (await walk(ca, filter, null, 100))[0]!.cursors.map(
        (x) => JSON.parse(Buffer.from(x, 'base64url').toString())[0],
      );
      expect(cursors).toEqual([
        '2030-01-01T00:00:00.124Z',
        '2030-01-01T00:00:00.123999Z',
        '2030-01-01T00:00:00.123456Z',
        '2030-01-01T00:00:00.123456Z',
        '2030-01-01T00:00:00.1232Z',
        '2030-01-01T00:00:00.123Z',
        '2030-01-01T00:00:00.123Z',
        '2030-01-01T00:00:00.122001Z',
      ]);
    } finally {
      await exec(`delete from customer_order where store_id = ? and order_number >= 900`, [a.storeId]);
    }
  });

  it('keeps each store to its own orders, lines and customers, whatever the cursor', async () => {
    // 50 a page: 100 with their lines would cost more than the maximum.
    const idsA = (await walk(ca, {}, null, 50, 'id lines { id } customer { id }'))[0]!.nodes;
    const idsB = (await walk(cb, {}, null, 50, 'id lines { id } customer { id }'))[0]!.nodes;
    expect(idsA).toHaveLength(40);
    expect(idsB).toHaveLength(40);
    const setA = new Set(idsA.flatMap((n: any) => [n.id, n.customer.id, ...n.lines.map((l: any) => l.id)]));
    for (const n of idsB) {
      for (const id of [n.id, n.customer.id, ...n.lines.map((l: any) => l.id)]) expect(setA.has(id)).toBe(false);
    }
    // B's cursor in A's list pages A's orders (the cursor carries values, never the store).
    const bCursor = (await walk(cb, {}, null, 10))[0]!.cursors.at(-1)!;
    const fromB = (await ca.ok('query($a: String) { orders(first: 100, after: $a) { nodes { id } } }', { a: bCursor }))
      .orders.nodes;
    for (const n of fromB) expect(setA.has(n.id)).toBe(true);
    // Filtering by B's customer in A finds nothing (and counts nothing).
    const none = await ca.ok('query($c: ID) { orders(filter: { customerId: $c }) { totalCount nodes { id } } }', {
      c: idsB[0].customer.id,
    });
    expect(none.orders).toEqual({ totalCount: 0, nodes: [] });
    // A row pointing across stores (never written by the app) is not followed into the other store.
    const victim = idsA[0].id;
    await exec('update customer_order set customer_id = ? where id = ?', [idsB[0].customer.id, victim]);
    try {
      const r = await ca.raw('{ orders(first: 100) { nodes { id customer { email } } } }');
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(JSON.stringify(r)).not.toContain('_b@example.lu');
      const own = await ca.ok('{ orders(first: 100) { nodes { id customerSnapshot { email } } } }');
      expect(own.orders.nodes).toHaveLength(40);
    } finally {
      await exec('update customer_order set customer_id = ? where id = ?', [idsA[0].customer.id, victim]);
    }
  });

  it('refuses cursors that are not from this list', async () => {
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const [after, sort] of [
      ['nonsense', null],
      [enc(['2025-01-01T00:00:00.000Z', 'not-a-uuid']), null],
      [enc([42, '0190d8f0-0000-7000-8000-000000000000']), null],
      [enc(['yesterday', '0190d8f0-0000-7000-8000-000000000000']), null],
      [
        enc(['2025-01-01T00:00:00.000Z', '0190d8f0-0000-7000-8000-000000000000']),
        { field: 'TOTAL', direction: 'desc' },
      ],
      [enc([1.5, '0190d8f0-0000-7000-8000-000000000000']), { field: 'ORDER_NUMBER', direction: 'asc' }],
    ] as const) {
      const err = await ca.fails('query($a: String, $s: OrderSort) { orders(after: $a, sort: $s) { nodes { id } } }', {
        a: after,
        s: sort,
      });
      expect(err.extensions?.code, String(after)).toBe('BAD_USER_INPUT');
    }
  });

  it('reads page, lines, customers and the count in one statement; counts only when asked', async () => {
    const statements: string[] = [];
    const conn = t.orm.em.getConnection();
    const execute = conn.execute.bind(conn);
    conn.execute = (async (...args: Parameters<typeof execute>) => {
      statements.push(String(args[0]));
      return execute(...args);
    }) as typeof conn.execute;
    try {
      await ca.ok(`{ orders(first: 50) { pageInfo { hasNextPage } nodes { ${NODE} } } }`);
      const list = statements.filter((s) => /customer_order|order_line|from customer\b/.test(s));
      expect(list).toHaveLength(1);
      expect(list.join()).not.toContain('count(');
      statements.length = 0;
      const all = await ca.ok(
        '{ orders(first: 50) { totalCount pageInfo { endCursor } nodes { id lines { sku } customer { email } } } }',
      );
      const one = statements.filter((s) => /customer_order|order_line|from customer\b/.test(s));
      expect(one).toHaveLength(1);
      // Unfiltered: the store's count kept by the triggers, not a count of its orders.
      expect(one[0]).toContain('store_order_count');
      expect(one[0]).not.toContain('count(');
      expect(all.orders.totalCount).toBe(40);
      statements.length = 0;
      const filtered = await ca.ok('{ orders(first: 5, filter: { status: [PENDING] }) { totalCount } }');
      expect(statements.filter((s) => /customer_order/.test(s)).join()).toContain('count(');
      const [{ n }] = await t.orm.em
        .fork()
        .execute<{ n: number }[]>(
          `select count(*)::int as n from customer_order where store_id = ? and status = 'pending'`,
          [a.storeId],
        );
      expect(filtered.orders.totalCount).toBe(n);
      // Past the end the page is empty and carries no count: it is counted on its own.
      const past = await ca.ok('query($a: String) { orders(first: 5, after: $a) { totalCount nodes { id } } }', {
        a: all.orders.pageInfo.endCursor,
      });
      expect(past.orders).toEqual({ totalCount: 40, nodes: [] });
    } finally {
      conn.execute = execute;
    }
  });
});
