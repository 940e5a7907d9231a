import { DEFAULT_API_KEY, type FaultSpec, type Simulator } from '@orion/letzshop-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
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
const clock = new ManualClock(new Date());

async function letzshopOrders() {
  const [row] = await t.orm.em
    .fork()
    .execute<{ n: number; distinct: number }[]>(
      `select count(*)::int as n, count(distinct external_shipment_id)::int as distinct from customer_order where store_id = ? and channel = 'letzshop'`,
      [tenant.storeId],
    );
  return row!;
}

beforeAll(async () => {
  sim = await startSim({ seed: 5, shipments: 0 });
  t = await startTestApp(FAST_LETZSHOP, { clock });
  tenant = await createTenant(t.orm, 'lsf');
  await seedSimCatalogue(t.orm, tenant.storeId, 1000);
  owner = t.client().useStore(tenant.storeId);
  await owner.login(tenant.users.owner.email, PASSWORD);
  await connectLetzshop(owner, sim);
  await owner.ok(`mutation { changeTier(input: { tier: BUSINESS }) { status } }`);
});

afterAll(async () => {
  await t?.close();
  await sim?.close();
});

describe('faults on the way in', () => {
  const transient: [string, FaultSpec][] = [
    ['HTTP 500 twice', { kind: 'http500', count: 2, target: 'query' }],
    ['a GraphQL error reply', { kind: 'graphqlErrors', count: 1, target: 'query' }],
    ['an answer slower than the timeout', { kind: 'slow', delayMs: 1500, count: 1, target: 'query' }],
  ];
  it.each(transient)('%s: retried, the run succeeds, every shipment imported once', async (_, fault) => {
    const before = await letzshopOrders();
    sim.addShipments(45);
    sim.faults.add({ ...fault, afterRequests: 1 });
    const run = await syncAndWait(owner);
    expect(run).toMatchObject({ status: 'SUCCEEDED', created: 45, failed: 0 });
    expect(sim.faults.size).toBe(0);
    const after = await letzshopOrders();
    expect(after.n).toBe(before.n + 45);
    expect(after.distinct).toBe(after.n);
  });

  it('429 with Retry-After: the client waits as long as Letzshop asked', async () => {
    sim.addShipments(5);
    sim.faults.add({ kind: 'http429', retryAfterSeconds: 1, target: 'query' });
    const started = Date.now();
    const run = await syncAndWait(owner);
    expect(run).toMatchObject({ status: 'SUCCEEDED', created: 5 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('a page repeating nodes of the previous one makes no duplicates', async () => {
    const before = await letzshopOrders();
    sim.addShipments(50);
    sim.faults.add({ kind: 'repeatNodes', overlap: 5, count: 2 });
    const run = await syncAndWait(owner);
    expect(run).toMatchObject({ status: 'SUCCEEDED', created: 50, failed: 0 });
    const after = await letzshopOrders();
    expect(after.n).toBe(before.n + 50);
  });

  it('a malformed answer fails the run with a reason, keeps what was imported, and the next run resumes', async () => {
    const before = await letzshopOrders();
    sim.addShipments(60);
    // The new shipments come last; the last page of them breaks.
    const pages = Math.ceil(sim.state.all().filter((s) => s.state === 'unconfirmed').length / 20);
    sim.faults.add({ kind: 'malformedJson', afterRequests: pages - 1, target: 'query' });
    const failed = await syncAndWait(owner);
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toMatch(/not valid JSON/);
    expect(failed.created).toBeGreaterThan(0); // the pages stored before the bad one
    expect((await letzshopOrders()).n).toBe(before.n + failed.created);
    const next = await syncAndWait(owner);
    expect(next).toMatchObject({ status: 'SUCCEEDED', created: 60 - failed.created, failed: 0 });
    expect((await letzshopOrders()).n).toBe(before.n + 60);
  });

  it('a refused key fails at once with the reason (no retry storm)', async () => {
    sim.faults.add({ kind: 'unauthorized' });
    const n = sim.requests.length;
    const run = await syncAndWait(owner);
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatch(/refused the API key/);
    expect(sim.requests.length - n).toBe(1);
  });

  it('Letzshop unreachable: the run fails with the reason after its retries', async () => {
    await owner.ok(
      `mutation($k: String!) { updateLetzshopSettings(input: { endpointUrl: "http://127.0.0.1:9/graphql", apiKey: $k }) { id } }`,
      { k: DEFAULT_API_KEY },
    );
    const run = await syncAndWait(owner);
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatch(/^Could not reach Letzshop/);
    expect(run.error).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    await connectLetzshop(owner, sim);
  });
});

describe('monthly order limit: orders wait, never dropped', () => {
  it('over the allowance shipments stay unconfirmed on Letzshop; an upgrade or the new month brings them in', async () => {
    await owner.ok(`mutation { changeTier(input: { tier: ESSENTIAL }) { status } }`);
    await t.orm.em
      .fork()
      .execute('update store_subscription set orders_in_period = 97 where store_id = ?', [tenant.storeId]);
    const emails = async () =>
      (
        await t.orm.em
          .fork()
          .execute<{ email: string }[]>('select lower(email) as email from customer where store_id = ?', [
            tenant.storeId,
          ])
      ).map((r) => r.email);
    const before = await emails();
    const added = sim.addShipments(5);
    const run = await syncAndWait(owner);
    expect(run).toMatchObject({ status: 'SUCCEEDED', created: 3, waiting: 2 });
    // Only the buyers of imported orders became customers; those whose order waits did not.
    const buyers = await t.orm.em.fork().execute<{ email: string }[]>(
      `select lower(c.email) as email from customer_order o join customer c on c.id = o.customer_id
          where o.store_id = ? and o.external_shipment_id in (?)`,
      [tenant.storeId, added.map((s) => s.id)],
    );
    expect(buyers).toHaveLength(3);
    expect(new Set(await emails())).toEqual(new Set([...before, ...buyers.map((b) => b.email)]));
    const status = await owner.ok('{ letzshopStatus { waitingOrders connected } }');
    expect(status.letzshopStatus).toEqual({ waitingOrders: 2, connected: true });
    expect(added.every((s) => sim.state.get(s.id)!.state === 'unconfirmed')).toBe(true);

    // Still full: they keep waiting, nothing is lost.
    expect(await syncAndWait(owner)).toMatchObject({ created: 0, waiting: 2 });

    // The new month resets the allowance.
    const next = new Date(clock.now());
    next.setUTCMonth(next.getUTCMonth() + 1, 1);
    clock.set(next);
    expect(await syncAndWait(owner)).toMatchObject({ status: 'SUCCEEDED', created: 2, waiting: 0 });
    expect((await owner.ok('{ letzshopStatus { waitingOrders } }')).letzshopStatus.waitingOrders).toBe(0);
    const [row] = await t.orm.em
      .fork()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from customer_order where store_id = ? and external_shipment_id in (?)`,
        [tenant.storeId, added.map((s) => s.id)],
      );
    expect(row!.n).toBe(5);
  });

  it('an upgrade lets the waiting orders in at the next sync', async () => {
    await t.orm.em
      .fork()
      .execute('update store_subscription set orders_in_period = 100 where store_id = ?', [tenant.storeId]);
    sim.addShipments(3);
    expect(await syncAndWait(owner)).toMatchObject({ created: 0, waiting: 3 });
    await owner.ok(`mutation { changeTier(input: { tier: PROFESSIONAL }) { status } }`);
    expect(await syncAndWait(owner)).toMatchObject({ created: 3, waiting: 0 });
  });
});
