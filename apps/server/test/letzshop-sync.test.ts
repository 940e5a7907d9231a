import type { Simulator } from '@orion/letzshop-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import {
  connectLetzshop,
  FAST_LETZSHOP,
  seedSimCatalogue,
  startSim,
  syncAndWait,
} from './helpers/letzshop-fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let sim: Simulator;
let tenant: Tenant;
let owner: GqlClient;

const ORDERS = `query($f: OrderFilter, $after: String) { orders(first: 100, after: $after, filter: $f) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id status channel externalShipmentId externalState totalCents customer { id email }
    lines { id sku gtin quantity unitPriceCents lineTotalCents itemState unmatchedProduct externalItemIds letzshopUnits { id state } } } } }`;

async function allOrders(c: GqlClient) {
  const out: any[] = [];
  let after: string | null = null;
  for (;;) {
    const r: any = await c.ok(ORDERS, { f: { channel: 'LETZSHOP' }, after });
    out.push(...r.orders.nodes);
    if (!r.orders.pageInfo.hasNextPage) return out;
    after = r.orders.pageInfo.endCursor;
  }
}

async function count(sql: string, params: unknown[] = []) {
  const [row] = await t.orm.em.fork().execute<{ n: string }[]>(sql, params);
  return Number(row!.n);
}

beforeAll(async () => {
  sim = await startSim({ seed: 11, shipments: 60 });
  // The checks read whole imports in one query (orders with lines, units and timeline): above the
  // default cost maximum, which this file does not test.
  t = await startTestApp({ ...FAST_LETZSHOP, GRAPHQL_MAX_COST: '50000' });
  tenant = await createTenant(t.orm, 'ls');
  // Professional: 500 orders a month, so the allowance does not get in the way here.
  await t.orm.em
    .fork()
    .execute(`update store_subscription set tier = 'professional' where store_id = ?`, [tenant.storeId]);
  await seedSimCatalogue(t.orm, tenant.storeId, 500);
  owner = t.client().useStore(tenant.storeId);
  await owner.login(tenant.users.owner.email, PASSWORD);
});

afterAll(async () => {
  await t?.close();
  await sim?.close();
});

describe('Letzshop settings', () => {
  it('keeps the API key sealed: only its last 4 characters come back, and the database holds no plain key', async () => {
    const r = await connectLetzshop(owner, sim);
    expect(r.updateLetzshopSettings.apiKeyLast4).toBe('-key');
    const rows = await t.orm.em.fork().execute<Record<string, unknown>[]>('select * from letzshop_settings');
    expect(JSON.stringify(rows)).not.toContain('demo-letzshop-key');
    expect(String(rows[0]!.api_key_sealed)).toMatch(/^v1\./);
    const q = await owner.raw('{ letzshopSettings { apiKeySealed } }');
    expect(q.errors?.[0]?.message).toMatch(/apiKeySealed/);
  });

  it('tests the connection with the stored key, and tells a refused key', async () => {
    const ok = await owner.ok('mutation { testLetzshopConnection { ok message } }');
    expect(ok.testLetzshopConnection).toEqual({ ok: true, message: expect.stringMatching(/Connected/) });
    const bad = await owner.ok(
      'mutation($i: TestLetzshopConnectionInput) { testLetzshopConnection(input: $i) { ok message } }',
      {
        i: { apiKey: 'wrong-key-123' },
      },
    );
    expect(bad.testLetzshopConnection.ok).toBe(false);
    expect(bad.testLetzshopConnection.message).toMatch(/refused the API key/);
  });

  it('rejects bad settings with a message per field and changes nothing', async () => {
    const e = await owner.fails(
      'mutation($i: UpdateLetzshopSettingsInput!) { updateLetzshopSettings(input: $i) { id } }',
      { i: { endpointUrl: 'ftp://x', syncIntervalMinutes: 1 } },
    );
    expect(e.extensions?.fields).toMatchObject({
      endpointUrl: expect.any(String),
      syncIntervalMinutes: expect.any(String),
    });
    const s = await owner.ok('{ letzshopSettings { endpointUrl syncIntervalMinutes } }');
    expect(s.letzshopSettings.endpointUrl).toBe(sim.url);
  });
});

describe('import', () => {
  let first: Record<string, any>;

  it('imports every unconfirmed shipment as a pending order, keyed by shipment and unit ids', async () => {
    first = await syncAndWait(owner);
    const unconfirmed = sim.state.all().filter((s) => s.state === 'unconfirmed');
    expect(first).toMatchObject({ status: 'SUCCEEDED', created: unconfirmed.length, failed: 0, error: null });
    const orders = await allOrders(owner);
    expect(orders).toHaveLength(unconfirmed.length);
    for (const s of unconfirmed) {
      const o = orders.find((x) => x.externalShipmentId === s.id);
      expect(o, s.id).toBeDefined();
      expect(o.status).toBe('PENDING');
      const units = o.lines.flatMap((l: any) => l.externalItemIds).sort();
      expect(units).toEqual(s.inventoryUnits.map((u) => u.id).sort());
      // Money: the order total is what the buyer paid for the units still on the order.
      const live = s.inventoryUnits.filter((u) => u.state !== 'confirmed_unavailable');
      const cents = live.reduce((sum, u) => sum + Math.round(u.variant.price * 100), 0);
      expect(o.totalCents).toBe(cents);
    }
  });

  it('matches products by GTIN, then SKU; imports unknown ones flagged; reserves stock for matched lines', async () => {
    const orders = await allOrders(owner);
    const lines = orders.flatMap((o) => o.lines);
    const unmatched = lines.filter((l) => l.unmatchedProduct);
    const matched = lines.filter((l) => !l.unmatchedProduct);
    expect(matched.length).toBeGreaterThan(0);
    for (const l of unmatched) expect(l.sku === 'SOAP-LAV').toBe(false); // the old-GTIN soap matches by SKU
    const reserved = await count(
      `select coalesce(sum(r.quantity), 0) as n from stock_reservation r where r.store_id = ? and r.status = 'open'`,
      [tenant.storeId],
    );
    const openMatchedUnits = matched.reduce(
      (s, l) =>
        s + l.letzshopUnits.filter((u: any) => u.state === 'UNCONFIRMED' || u.state === 'CONFIRMED_AVAILABLE').length,
      0,
    );
    expect(reserved).toBe(openMatchedUnits);
  });

  it('finds customers by e-mail and creates guests once per e-mail', async () => {
    const orders = await allOrders(owner);
    const emails = new Set(orders.map((o) => o.customer.email.toLowerCase()));
    const customers = await count('select count(*) as n from customer where store_id = ?', [tenant.storeId]);
    expect(customers).toBe(emails.size);
  });

  it('a re-run changes and duplicates nothing', async () => {
    const again = await syncAndWait(owner);
    expect(again).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, failed: 0 });
    expect(again.unchanged).toBeGreaterThanOrEqual(first.created);
    expect(await count('select count(*) as n from customer_order where store_id = ?', [tenant.storeId])).toBe(
      first.created,
    );
    expect(await count('select count(*) as n from order_line where store_id = ?', [tenant.storeId])).toBe(
      (await allOrders(owner)).reduce((s, o) => s + o.lines.length, 0),
    );
  });

  it('a historical import brings in every state since a date, mapped to our statuses', async () => {
    const run = await syncAndWait(owner, { kind: 'HISTORICAL', since: '2020-01-01T00:00:00.000Z' });
    expect(run).toMatchObject({ status: 'SUCCEEDED', failed: 0 });
    const orders = await allOrders(owner);
    expect(orders).toHaveLength(sim.state.all().length);
    // Page imports write many orders per statement: the store's kept count follows them.
    expect((await owner.ok('{ orders { totalCount } }')).orders.totalCount).toBe(
      await count('select count(*) as n from customer_order where store_id = ?', [tenant.storeId]),
    );
    const expected = (s: typeof sim.state.all extends () => readonly (infer R)[] ? R : never) =>
      s.state === 'declined'
        ? 'CANCELLED'
        : s.state === 'confirmed'
          ? s.tracking
            ? /SHIPPED|REFUNDED/
            : /PROCESSING/
          : /PENDING/;
    for (const s of sim.state.all()) {
      const o = orders.find((x) => x.externalShipmentId === s.id);
      expect(o.status, s.id).toMatch(expected(s));
    }
  });

  it('a shipment added on Letzshop during a sync is picked up, at the latest by the next one', async () => {
    sim.faults.add({ kind: 'slow', delayMs: 300, target: 'query' });
    const started = await owner.ok('mutation { startLetzshopSync { id } }');
    const added = sim.addShipment({ lines: [{ sku: 'SOAP-LAV', quantity: 2 }] });
    await (await import('./helpers/letzshop-fixtures.js')).waitForRun(owner, started.startLetzshopSync.id);
    await syncAndWait(owner);
    const orders = await allOrders(owner);
    const o = orders.find((x) => x.externalShipmentId === added.id);
    expect(o).toMatchObject({ status: 'PENDING' });
    expect(o.lines[0]).toMatchObject({ sku: 'SOAP-LAV', quantity: 2, unmatchedProduct: false });
  });

  it('short of stock, the order still comes in: what is there is reserved and the timeline says what is missing', async () => {
    const [level] = await t.orm.em
      .fork()
      .execute<{ free: number }[]>(
        `select sum(quantity - reserved)::int as free from stock_level s join product p on p.id = s.product_id where p.store_id = ? and p.sku = 'SCARF-RED'`,
        [tenant.storeId],
      );
    const added = sim.addShipment({ lines: [{ sku: 'SCARF-RED', quantity: level!.free + 2 }] });
    await syncAndWait(owner);
    const o = (await allOrders(owner)).find((x) => x.externalShipmentId === added.id);
    expect(o.lines[0].quantity).toBe(level!.free + 2);
    const detail = await owner.ok('query($id: ID!) { order(id: $id) { timeline { message } } }', { id: o.id });
    expect(detail.order.timeline[0].message).toMatch(
      new RegExp(`only ${level!.free} of ${level!.free + 2} × SCARF-RED in stock`),
    );
    const [after] = await t.orm.em
      .fork()
      .execute<{ free: number }[]>(
        `select sum(quantity - reserved)::int as free from stock_level s join product p on p.id = s.product_id where p.store_id = ? and p.sku = 'SCARF-RED'`,
        [tenant.storeId],
      );
    expect(after!.free).toBe(0);
  });

  it('an import and direct orders on the same products at once: no deadlock, stock stays exact', async () => {
    const [{ id: productId }] = await t.orm.em
      .fork()
      .execute<{ id: string }[]>(`select id from product where store_id = ? and sku = 'SOAP-HON'`, [tenant.storeId]);
    sim.addShipments(
      Array.from({ length: 40 }, () => ({
        lines: [
          { sku: 'SOAP-HON', quantity: 1 },
          { sku: 'SOAP-ROS', quantity: 1 },
        ],
      })),
    );
    const { ADDRESS } = await import('./helpers/catalog-fixtures.js');
    const direct = Array.from({ length: 12 }, (_, i) =>
      owner.raw('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
        i: {
          newCustomer: { email: `race${i}@example.lu`, firstName: 'R', lastName: `${i}` },
          shippingAddress: ADDRESS,
          lines: [{ productId, quantity: 1 }],
        },
      }),
    );
    const [run, ...answers] = await Promise.all([syncAndWait(owner), ...direct]);
    expect(run).toMatchObject({ status: 'SUCCEEDED', failed: 0 });
    for (const a of answers) {
      // Either placed or refused for stock; never a deadlock or an internal error.
      if (a.errors) expect(a.errors[0]?.extensions?.reason).toBe('OUT_OF_STOCK');
    }
    const [row] = await t.orm.em.fork().execute<{ reserved: number; open: number }[]>(
      `select (select sum(reserved)::int from stock_level where product_id = ?) as reserved,
              (select coalesce(sum(quantity), 0)::int from stock_reservation where product_id = ? and status = 'open') as open`,
      [productId, productId],
    );
    expect(row!.reserved).toBe(row!.open);
  });

  it('only one sync per store runs at a time', async () => {
    sim.faults.add({ kind: 'slow', delayMs: 400, target: 'query' });
    const [a, b] = await Promise.all([
      owner.ok('mutation { startLetzshopSync { id } }'),
      owner.ok('mutation { startLetzshopSync { id } }'),
    ]);
    expect(a.startLetzshopSync.id).toBe(b.startLetzshopSync.id);
    await (await import('./helpers/letzshop-fixtures.js')).waitForRun(owner, a.startLetzshopSync.id);
  });
});

describe('tenant isolation', () => {
  it('another tenant sees neither the runs nor the orders, and cannot act on them', async () => {
    const other = await createTenant(t.orm, 'ls-other');
    const c = t.client().useStore(other.storeId);
    await c.login(other.users.owner.email, PASSWORD);
    const runs = await owner.ok('{ letzshopSyncRuns(first: 1) { id } }');
    const e = await c.fails('query($id: ID!) { letzshopSyncRun(id: $id) { id } }', { id: runs.letzshopSyncRuns[0].id });
    expect(e.extensions?.code).toBe('NOT_FOUND');
    expect((await c.ok('{ letzshopSyncRuns { id } }')).letzshopSyncRuns).toEqual([]);
    expect((await c.ok('{ letzshopSettings { id } }')).letzshopSettings).toBeNull();
    const order = (await allOrders(owner)).find((o) => o.status === 'PENDING');
    const d = await c.fails(
      'mutation($i: DecideLetzshopItemsInput!) { decideLetzshopItems(input: $i) { order { id } } }',
      {
        i: { orderId: order.id, all: true },
      },
    );
    expect(d.extensions?.code).toBe('NOT_FOUND');
    const s = await c.fails('mutation { startLetzshopSync { id } }');
    expect(s.extensions?.reason).toBe('LETZSHOP_NOT_CONNECTED');
  });
});

describe('scheduled sync', () => {
  it('a store whose auto-sync interval passed gets a run, executed by the pg-boss worker', async () => {
    const { startJobs } = await import('../src/jobs/scheduler.js');
    const { dueSyncs } = await import('../src/modules/letzshop/auto-sync.js');
    const { createLogger } = await import('../src/logger.js');
    const log = createLogger({ LOG_LEVEL: 'silent', LOG_PRETTY: false });
    const deps = { orm: t.orm, config: t.config, log, clock: { now: () => new Date() } };
    await owner.ok(
      'mutation { updateLetzshopSettings(input: { autoSync: true, syncIntervalMinutes: 5 }) { autoSync } }',
    );
    await t.orm.em
      .fork()
      .execute(`update letzshop_settings set last_synced_at = now() - interval '4 minutes' where store_id = ?`, [
        tenant.storeId,
      ]);
    expect(await dueSyncs(deps)).toEqual([]);
    await t.orm.em
      .fork()
      .execute(`update letzshop_settings set last_synced_at = now() - interval '6 minutes' where store_id = ?`, [
        tenant.storeId,
      ]);
    const jobs = await startJobs({ databaseUrl: t.config.DATABASE_URL!, orm: t.orm, config: t.config, log });
    try {
      const ids = await dueSyncs(deps);
      expect(ids).toHaveLength(1);
      await jobs.queue.letzshopSync(ids[0]!);
      const { waitForRun } = await import('./helpers/letzshop-fixtures.js');
      const run = await waitForRun(owner, ids[0]!, 30_000);
      expect(run).toMatchObject({ status: 'SUCCEEDED', trigger: 'SCHEDULE' });
      expect(await dueSyncs(deps)).toEqual([]);
    } finally {
      await jobs.stop();
    }
  });
});
