import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { Role } from '../src/core/roles.js';
import { Membership } from '../src/modules/tenancy/membership.entity.js';
import { Store } from '../src/modules/tenancy/store.entity.js';
import { User } from '../src/modules/auth/user.entity.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const KPIS = `query($id: ID!, $p: PeriodInput!, $c: ComparePeriod!, $s: [ID!]) { merchant(id: $id) {
  id stores { id included tier requiredTier }
  kpis(period: $p, compareTo: $c, storeIds: $s) { from to compareFrom compareTo storeIds currencies { currency
    netSales { value previous changePercent } grossSales { value previous changePercent } vat { value previous }
    orders { value previous changePercent } units { value previous } averageOrderValue { value previous }
    refunds { value } refundCount { value } creditNotes { value } creditNoteCount { value }
    returningCustomerShare { value previous } waitingOrders { value previous } waitingOver48h { value }
    letzshopUnconfirmedOverdue { value } overdueInvoices { value } overdueInvoiceCount { value } lowStockProducts { value } } } } }`;

const setTier = (t: TestApp, storeId: string, tier: string) =>
  t.orm.em.fork().execute(
    `insert into store_subscription (store_id, tier, period_start, period_end)
     values (?, ?, date_trunc('month', now()), date_trunc('month', now()) + interval '1 month')
     on conflict (store_id) do update set tier = excluded.tier`,
    [storeId, tier],
  );

describe('merchant dashboard', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let thirdStoreId: string;
  let owner: GqlClient;
  let ownerB: GqlClient;
  let manager2: GqlClient;
  let staff: GqlClient;
  const clock = new ManualClock(new Date('2026-03-10T09:00:00Z'));
  const products = {} as Record<'s1' | 's2' | 's3', string>;
  let buyer = 0;

  const order = async (
    storeId: string,
    at: string,
    productId: string,
    quantity: number,
    email?: string,
    shipping = 0,
  ) => {
    clock.set(new Date(at));
    buyer += 1;
    const r = await owner
      .useStore(storeId)
      .ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id totalCents taxCents } } }', {
        i: {
          newCustomer: { email: email ?? `buyer${buyer}@dash.test`, firstName: 'Léa', lastName: 'Muller' },
          shippingAddress: ADDRESS,
          lines: [{ productId, quantity }],
          shippingCents: shipping,
        },
      });
    return r.createOrder.order as { id: string; totalCents: number; taxCents: number };
  };

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    a = await createTenant(t.orm, 'dash');
    b = await createTenant(t.orm, 'dashb');
    const em = t.orm.em.fork();
    const third = em.create(Store, { merchant: a.merchantId, name: 'Store dash 3', slug: 'store-dash-3' });
    const manager = em.create(User, {
      email: 'manager2@dash.test',
      name: 'Two shops',
      passwordHash: await hashPassword(PASSWORD),
    });
    em.create(Membership, { user: manager, store: a.storeId, role: Role.MANAGER });
    em.create(Membership, { user: manager, store: a.secondStoreId, role: Role.STAFF });
    await em.flush();
    thirdStoreId = third.id;
    await setTier(t, a.storeId, 'business');
    await setTier(t, a.secondStoreId, 'business');
    await setTier(t, thirdStoreId, 'essential');
    await setTier(t, b.storeId, 'business');
    await setTier(t, b.secondStoreId, 'business');
    owner = t.client();
    await owner.login(a.users.owner.email, PASSWORD);
    ownerB = t.client();
    await ownerB.login(b.users.owner.email, PASSWORD);
    manager2 = t.client();
    await manager2.login('manager2@dash.test', PASSWORD);
    staff = t.client();
    await staff.login(a.users.staff.email, PASSWORD);
    for (const [key, storeId, price] of [
      ['s1', a.storeId, 1990],
      ['s2', a.secondStoreId, 1000],
      ['s3', thirdStoreId, 500],
    ] as const) {
      const p = await seedProduct(t.orm, storeId, { priceCents: price, lowStockThreshold: 5 });
      products[key] = p.id;
      const c = owner.useStore(storeId);
      await receive(c, p.id, await createLocation(c, 'MAIN', 'A-1'), 100);
    }
  });
  afterAll(() => t?.close());

  // The deterministic data set. 17 % VAT included: 1990 × 2 = 3980 → VAT 578; + 490 shipping → 4470, VAT 649.
  let march: { s1: number; s1Tax: number; s2: number; s2Tax: number };
  it('builds the data set through the API', async () => {
    const o1 = await order(a.storeId, '2026-03-10T09:00:00Z', products.s1, 2, 'anna@dash.test', 490);
    expect(o1).toMatchObject({ totalCents: 4470, taxCents: 649 });
    // Luxembourg's 1 March 00:30 (CET) is still 28 February in UTC: it counts in March.
    const o2 = await order(a.storeId, '2026-02-28T23:30:00Z', products.s1, 1, 'anna@dash.test');
    // Luxembourg's 1 April 00:30 (CEST) is 31 March in UTC: April, not March.
    await order(a.storeId, '2026-03-31T22:30:00Z', products.s1, 5);
    const cancelled = await order(a.storeId, '2026-03-12T10:00:00Z', products.s1, 3);
    const o3 = await order(a.secondStoreId, '2026-03-15T10:00:00Z', products.s2, 4);
    const refunded = await order(a.secondStoreId, '2026-03-16T10:00:00Z', products.s2, 1, 'bob@dash.test');
    await order(thirdStoreId, '2026-03-10T10:00:00Z', products.s3, 7); // Essential: left out
    // Previous period (29 Jan – 28 Feb LU): one order; previous year: one order.
    await order(a.storeId, '2026-02-10T10:00:00Z', products.s1, 1, 'anna@dash.test');
    await order(a.storeId, '2025-03-20T10:00:00Z', products.s1, 3);
    clock.set(new Date('2026-03-20T10:00:00Z'));
    // One client, whose store header each call sets.
    const s1 = { ok: (q: string, v: Record<string, unknown>) => owner.useStore(a.storeId).ok(q, v) };
    const s2 = { ok: (q: string, v: Record<string, unknown>) => owner.useStore(a.secondStoreId).ok(q, v) };
    await s1.ok('mutation($i: CancelOrderInput!) { cancelOrder(input: $i) { order { status } } }', {
      i: { id: cancelled.id },
    });
    await s2.ok('mutation($i: OrderIdInput!) { confirmOrder(input: $i) { order { status } } }', {
      i: { id: refunded.id },
    });
    await s2.ok('mutation($i: ShipOrderInput!) { shipOrder(input: $i) { order { status } } }', {
      i: { id: refunded.id, carrier: 'Post' },
    });
    await s2.ok('mutation($i: OrderIdInput!) { refundOrder(input: $i) { order { status } } }', {
      i: { id: refunded.id },
    });
    await s1.ok('mutation($i: UpdateInvoiceSettingsInput!) { updateInvoiceSettings(input: $i) { vatNumber } }', {
      i: { vatNumber: 'LU26375245', iban: 'LU280019400644750000', bic: 'BCEELULL', rcsNumber: 'B123456' },
    });
    const inv = await s1.ok('mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id } } }', {
      i: { orderId: o1.id },
    });
    await s1.ok('mutation($i: CreateCreditNoteInput!) { createCreditNote(input: $i) { invoice { grossCents } } }', {
      i: { id: inv.issueInvoice.invoice.id, amounts: [{ rateBp: 1700, grossCents: 1000 }] },
    });
    march = {
      s1: o1.totalCents + o2.totalCents,
      s1Tax: o1.taxCents + o2.taxCents,
      s2: o3.totalCents + refunded.totalCents,
      s2Tax: o3.taxCents + refunded.taxCents,
    };
    expect(march).toEqual({ s1: 4470 + 1990, s1Tax: 649 + 289, s2: 4000 + 1000, s2Tax: 581 + 145 });
  });

  it('sums the Business stores of the merchant to the cent, with both comparison periods', async () => {
    clock.set(new Date('2026-03-20T10:00:00Z'));
    const r = await owner.useStore(null).ok(KPIS, {
      id: a.merchantId,
      p: { from: '2026-03-01', to: '2026-03-31' },
      c: 'PREVIOUS_PERIOD',
    });
    const k = r.merchant.kpis;
    expect(k).toMatchObject({ compareFrom: '2026-01-29', compareTo: '2026-02-28' });
    expect(k.storeIds.sort()).toEqual([a.storeId, a.secondStoreId].sort());
    expect(r.merchant.stores.find((s: any) => s.id === thirdStoreId)).toMatchObject({
      included: false,
      tier: 'ESSENTIAL',
      requiredTier: 'BUSINESS',
    });
    const eur = k.currencies[0];
    expect(k.currencies).toHaveLength(1);
    const gross = march.s1 + march.s2;
    const vat = march.s1Tax + march.s2Tax;
    expect(eur.grossSales).toEqual({
      value: gross,
      previous: 1990,
      changePercent: Math.round(((gross - 1990) / 1990) * 1000) / 10,
    });
    expect(eur.vat).toEqual({ value: vat, previous: 289 });
    expect(eur.netSales.value).toBe(gross - vat);
    expect(eur.orders).toEqual({ value: 4, previous: 1, changePercent: 300 });
    expect(eur.units).toEqual({ value: 2 + 1 + 4 + 1, previous: 1 });
    expect(eur.averageOrderValue.value).toBe(Math.round(gross / 4));
    expect(eur.refunds.value).toBe(1000);
    expect(eur.refundCount.value).toBe(1);
    expect(eur.creditNotes.value).toBe(1000);
    expect(eur.creditNoteCount.value).toBe(1);
    // anna ordered on 10 February, so her orders of 1 and 10 March are a returning customer's: 2 of 4.
    expect(eur.returningCustomerShare.value).toBe(50);
    // Pending now, any day: store 1's five (April's too), store 2's one; April's is not 48 h old.
    expect(eur.waitingOrders.value).toBe(6);
    expect(eur.waitingOver48h.value).toBe(5);
    expect(eur.lowStockProducts.value).toBe(0);

    const y = await owner.useStore(null).ok(KPIS, {
      id: a.merchantId,
      p: { from: '2026-03-01', to: '2026-03-31' },
      c: 'PREVIOUS_YEAR',
    });
    expect(y.merchant.kpis).toMatchObject({ compareFrom: '2025-03-01', compareTo: '2025-03-31' });
    expect(y.merchant.kpis.currencies[0].grossSales.previous).toBe(5970);
    expect(y.merchant.kpis.currencies[0].orders.previous).toBe(1);
  });

  it("reconciles with each store's own order list to the cent", async () => {
    for (const storeId of [a.storeId, a.secondStoreId]) {
      const list = await owner
        .useStore(storeId)
        .ok(
          `query($f: OrderFilter) { orders(first: 20, filter: $f) { nodes { status totalCents taxCents lines { quantity } } } }`,
          { f: { from: '2026-02-28T23:00:00Z', to: '2026-03-31T22:00:00Z' } },
        );
      const live = list.orders.nodes.filter((o: any) => o.status !== 'CANCELLED');
      const r = await owner.useStore(null).ok(KPIS, {
        id: a.merchantId,
        p: { from: '2026-03-01', to: '2026-03-31' },
        c: 'NONE',
        s: [storeId],
      });
      const eur = r.merchant.kpis.currencies[0];
      expect(eur.grossSales.value).toBe(live.reduce((s: number, o: any) => s + o.totalCents, 0));
      expect(eur.vat.value).toBe(live.reduce((s: number, o: any) => s + o.taxCents, 0));
      expect(eur.orders.value).toBe(live.length);
      expect(eur.grossSales.previous).toBeNull();
    }
  });

  it('series, status counts, top products and the store table agree with the KPIs', async () => {
    const r = await owner.useStore(null).ok(
      `query($id: ID!, $p: PeriodInput!) { merchant(id: $id) {
        salesSeries(period: $p, granularity: MONTH) { storeId start orders grossCents }
        ordersByStatus { status count }
        topProducts(period: $p, by: UNITS, limit: 5) { productId storeId units grossCents }
        storeTable(period: $p, compareTo: PREVIOUS_PERIOD) { storeId currency grossSales { value previous } orders { value } waitingOrders } } }`,
      { id: a.merchantId, p: { from: '2026-03-01', to: '2026-03-31' } },
    );
    const m = r.merchant;
    expect(m.salesSeries).toEqual(
      expect.arrayContaining([
        { storeId: a.storeId, start: '2026-03-01', orders: 2, grossCents: march.s1 },
        { storeId: a.secondStoreId, start: '2026-03-01', orders: 2, grossCents: march.s2 },
      ]),
    );
    const status = Object.fromEntries(m.ordersByStatus.map((s: any) => [s.status, s.count]));
    expect(status).toMatchObject({ PENDING: 6, CANCELLED: 1, REFUNDED: 1, SHIPPED: 0 });
    expect(m.topProducts[0]).toMatchObject({ productId: products.s2, units: 5, grossCents: 5000 });
    expect(m.topProducts[1]).toMatchObject({ productId: products.s1, units: 3, grossCents: 5970 });
    const all = m.storeTable.find((row: any) => row.storeId === null);
    expect(all).toMatchObject({
      currency: 'EUR',
      grossSales: { value: march.s1 + march.s2, previous: 1990 },
      orders: { value: 4 },
    });
    expect(
      m.storeTable
        .filter((row: any) => row.storeId)
        .map((row: any) => row.storeId)
        .sort(),
    ).toEqual([a.storeId, a.secondStoreId].sort());
  });

  it('refuses bad periods, limits and stores outside the view, naming them', async () => {
    const c = owner.useStore(null);
    const reversed = await c.fails(KPIS, { id: a.merchantId, p: { from: '2026-03-31', to: '2026-03-01' }, c: 'NONE' });
    expect(reversed.extensions).toMatchObject({ reason: 'DATE_RANGE_REVERSED' });
    const wide = await c.fails(KPIS, { id: a.merchantId, p: { from: '2020-01-01', to: '2026-03-01' }, c: 'NONE' });
    expect(wide.extensions).toMatchObject({ reason: 'DATE_RANGE_TOO_WIDE', maxDays: 1097 });
    const other = await c.fails(KPIS, {
      id: a.merchantId,
      p: { from: '2026-03-01', to: '2026-03-31' },
      c: 'NONE',
      s: [b.storeId],
    });
    expect(other.extensions).toMatchObject({ reason: 'STORE_NOT_IN_VIEW', storeId: b.storeId });
    const limit = await c.fails(
      `query($id: ID!) { merchant(id: $id) { topProducts(period: { from: "2026-03-01", to: "2026-03-31" }, limit: 51) { sku } } }`,
      { id: a.merchantId },
    );
    expect(limit.extensions?.fields).toMatchObject({ limit: expect.stringMatching(/1 to 50/) });
  });

  it('a second merchant and a staff member of one store see nothing; the manager of two of three sees those two', async () => {
    const p = { from: '2026-03-01', to: '2026-03-31' };
    for (const c of [ownerB, staff]) {
      const e = await c.fails(KPIS, { id: a.merchantId, p, c: 'NONE' });
      expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'MERCHANT_NOT_FOUND' });
    }
    expect((await staff.ok('{ me { merchants { id } } }')).me.merchants).toEqual([]);
    expect((await ownerB.ok('{ me { merchants { id } } }')).me.merchants).toEqual([{ id: b.merchantId }]);
    // B's owner cannot reach A's figures through its own merchant by naming A's stores either.
    const cross = await ownerB.fails(KPIS, { id: b.merchantId, p, c: 'NONE', s: [a.storeId] });
    expect(cross.extensions).toMatchObject({ reason: 'STORE_NOT_IN_VIEW' });

    const m = await manager2.ok(KPIS, { id: a.merchantId, p, c: 'NONE' });
    expect(m.merchant.stores.map((s: any) => s.id).sort()).toEqual([a.storeId, a.secondStoreId].sort());
    expect(m.merchant.kpis.storeIds.sort()).toEqual([a.storeId, a.secondStoreId].sort());
    expect(m.merchant.kpis.currencies[0].grossSales.value).toBe(march.s1 + march.s2);
    const third = await manager2.fails(KPIS, { id: a.merchantId, p, c: 'NONE', s: [thirdStoreId] });
    expect(third.extensions).toMatchObject({ reason: 'STORE_NOT_IN_VIEW' });
    const unauth = await t.client().raw(KPIS, { id: a.merchantId, p, c: 'NONE' });
    expect(unauth.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an Essential store is listed with a note but never summed', async () => {
    await setTier(t, a.secondStoreId, 'essential');
    const r = await owner
      .useStore(null)
      .ok(KPIS, { id: a.merchantId, p: { from: '2026-03-01', to: '2026-03-31' }, c: 'NONE' });
    expect(r.merchant.kpis.storeIds).toEqual([a.storeId]);
    expect(r.merchant.kpis.currencies[0].grossSales.value).toBe(march.s1);
    expect(
      r.merchant.stores
        .filter((s: any) => !s.included)
        .map((s: any) => s.id)
        .sort(),
    ).toEqual([a.secondStoreId, thirdStoreId].sort());
    await setTier(t, a.secondStoreId, 'business');
  });
});
