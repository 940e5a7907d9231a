import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { FeatureNotInTierError } from '../src/modules/subscriptions/subscription.errors.js';
import { requireFeature } from '../src/modules/subscriptions/subscription.service.js';
import { Feature, TIER_PLANS, Tier } from '../src/modules/subscriptions/tiers.js';
import { systemContext } from '../src/core/system-context.js';
import { createLogger } from '../src/logger.js';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const SUB = `{ storeSubscription { plan { tier ordersPerMonth products } ordersInPeriod ordersRemaining orderUsagePercent productCount currentPeriodStart currentPeriodEnd } }`;
const CREATE = `mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }`;

describe('subscriptions and tier limits', () => {
  const clock = new ManualClock(new Date('2026-03-15T10:00:00Z'));
  let t: TestApp;
  let a: Tenant;
  let owner: GqlClient;
  let staff: GqlClient;
  let product: string;
  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    a = await createTenant(t.orm, 'sub');
    owner = t.client().useStore(a.storeId);
    await owner.login(a.users.owner.email, PASSWORD);
    staff = t.client().useStore(a.storeId);
    await staff.login(a.users.staff.email, PASSWORD);
    product = (await seedProduct(t.orm, a.storeId, { priceCents: 500 })).id;
    await receive(staff, product, await createLocation(staff, 'MAIN', '1'), 10_000);
  });
  afterAll(() => t.close());

  const order = (c: GqlClient, n: number) =>
    c.raw(CREATE, {
      i: {
        newCustomer: { email: `c${n}@example.lu`, firstName: 'C', lastName: `${n}` },
        shippingAddress: ADDRESS,
        lines: [{ productId: product, quantity: 1 }],
      },
    });
  const setUsage = (n: number) =>
    t.orm.em.fork().execute('update store_subscription set orders_in_period = ? where store_id = ?', [n, a.storeId]);

  it('lists the plans from data', async () => {
    const r = await t.client().ok('{ tiers { tier name monthlyPriceCents ordersPerMonth products features } }');
    expect(r.tiers).toEqual(
      TIER_PLANS.map((p) => ({
        tier: p.tier.toUpperCase(),
        name: p.name,
        monthlyPriceCents: p.monthlyPriceCents,
        ordersPerMonth: p.ordersPerMonth,
        products: p.products,
        features: p.features.map((f) => f.toUpperCase()),
      })),
    );
  });

  it('a new store is on Essential, in the calendar month of now', async () => {
    const r = await staff.ok(SUB);
    expect(r.storeSubscription).toMatchObject({
      plan: { tier: 'ESSENTIAL', ordersPerMonth: 100, products: 200 },
      ordersInPeriod: 0,
      ordersRemaining: 100,
      currentPeriodStart: '2026-03-01T00:00:00.000Z',
      currentPeriodEnd: '2026-04-01T00:00:00.000Z',
    });
  });

  it('counts orders; at 99 of 100, twenty concurrent orders → exactly one succeeds', async () => {
    expect((await order(staff, 0)).errors).toBeUndefined();
    expect((await staff.ok(SUB)).storeSubscription.ordersInPeriod).toBe(1);
    await setUsage(99);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => order(staff, 100 + i)));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) {
      expect(r.errors![0]!.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'TIER_LIMIT_REACHED',
        limit: 100,
        tier: 'essential',
        periodEnd: '2026-04-01T00:00:00.000Z',
      });
      expect(r.errors![0]!.message).toMatch(/upgrade/i);
    }
    expect((await staff.ok(SUB)).storeSubscription).toMatchObject({
      ordersInPeriod: 100,
      ordersRemaining: 0,
      orderUsagePercent: 100,
    });
    const check = await staff.ok('{ checkOrderLimit { allowed remaining limit } }');
    expect(check.checkOrderLimit).toEqual({ allowed: false, remaining: 0, limit: 100 });
  });

  it('a refused order writes nothing (no order, no count)', async () => {
    const before = (await staff.ok('{ orders { totalCount } }')).orders.totalCount;
    expect((await order(staff, 999)).errors).toBeDefined();
    expect((await staff.ok('{ orders { totalCount } }')).orders.totalCount).toBe(before);
  });

  it('rolls the period when the month ends, even without the job', async () => {
    clock.set(new Date('2026-04-01T00:00:01Z'));
    expect((await order(staff, 200)).errors).toBeUndefined();
    expect((await staff.ok(SUB)).storeSubscription).toMatchObject({
      ordersInPeriod: 1,
      currentPeriodStart: '2026-04-01T00:00:00.000Z',
      currentPeriodEnd: '2026-05-01T00:00:00.000Z',
    });
    // Months without activity are skipped over, not replayed.
    clock.set(new Date('2026-07-20T08:00:00Z'));
    expect((await staff.ok(SUB)).storeSubscription).toMatchObject({
      ordersInPeriod: 0,
      currentPeriodStart: '2026-07-01T00:00:00.000Z',
    });
  });

  it('the scheduled job rolls every expired period; pg-boss runs in the same database', async () => {
    const { rollPeriodsJob, startJobs } = await import('../src/jobs/scheduler.js');
    const log = createLogger({ LOG_LEVEL: 'silent', LOG_PRETTY: false });
    await setUsage(42);
    clock.set(new Date('2026-08-02T00:00:00Z'));
    expect(await rollPeriodsJob(t.orm, log, clock)).toBeGreaterThanOrEqual(1);
    const [row] = await t.orm.em
      .fork()
      .execute('select orders_in_period, period_start from store_subscription where store_id = ?', [a.storeId]);
    expect(row.orders_in_period).toBe(0);
    expect(new Date(row.period_start).toISOString()).toBe('2026-08-01T00:00:00.000Z');
    expect(await rollPeriodsJob(t.orm, log, clock)).toBe(0);
    const jobs = await startJobs({ databaseUrl: t.config.DATABASE_URL!, orm: t.orm, config: t.config, log });
    const [sched] = await t.orm.em
      .fork()
      .execute(`select count(*)::int as n from pgboss.schedule where name = 'subscriptions.roll-periods'`);
    expect(sched.n).toBe(1);
    await jobs.stop();
  });

  it('only the owner changes tier; upgrades apply at once and are recorded', async () => {
    const manager = t.client().useStore(a.storeId);
    await manager.login(a.users.manager.email, PASSWORD);
    const err = await manager.fails('mutation { changeTier(input: { tier: BUSINESS }) { plan { tier } } }');
    expect(err.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
    await setUsage(100);
    expect((await order(staff, 300)).errors?.[0]?.extensions?.reason).toBe('TIER_LIMIT_REACHED');
    const up = await owner.ok(
      'mutation { changeTier(input: { tier: PROFESSIONAL }) { plan { tier ordersPerMonth } ordersRemaining } }',
    );
    expect(up.changeTier).toEqual({ plan: { tier: 'PROFESSIONAL', ordersPerMonth: 500 }, ordersRemaining: 400 });
    expect((await order(staff, 301)).errors).toBeUndefined();
    const hist = await owner.ok('{ subscriptionChanges { fromTier toTier changedByName changedAt } }');
    expect(hist.subscriptionChanges[0]).toMatchObject({
      fromTier: 'ESSENTIAL',
      toTier: 'PROFESSIONAL',
      changedByName: 'owner sub',
    });
  });

  it('a downgrade keeps all data and only gates new actions', async () => {
    const b = await createTenant(t.orm, 'subdown');
    const ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    await ownerB.ok('mutation { changeTier(input: { tier: BUSINESS }) { plan { tier } } }');
    const em = t.orm.em.fork();
    await em.execute(
      `insert into product (id, store_id, sku, name, price_cents) select gen_random_uuid(), ?, 'BULK-' || g, 'Bulk ' || g, 100 from generate_series(1, 210) g`,
      [b.storeId],
    );
    await ownerB.ok('mutation { changeTier(input: { tier: ESSENTIAL }) { plan { tier } } }');
    const sub = await ownerB.ok(SUB);
    expect(sub.storeSubscription).toMatchObject({ productCount: 210, plan: { tier: 'ESSENTIAL', products: 200 } });
    const { assertProductCapacity } = await import('../src/modules/subscriptions/subscription.service.js');
    await expect(assertProductCapacity(em, b.storeId, 1, clock.now())).rejects.toMatchObject({
      code: 'TIER_LIMIT_REACHED',
    });
    const [{ n }] = await em.execute('select count(*)::int as n from product where store_id = ?', [b.storeId]);
    expect(n).toBe(210);
  });

  describe('every feature × tier', () => {
    const log = createLogger({ LOG_LEVEL: 'silent', LOG_PRETTY: false });
    for (const plan of TIER_PLANS) {
      for (const feature of Object.values(Feature)) {
        const has = plan.features.includes(feature);
        it(`${feature} on ${plan.tier}: ${has ? 'allowed' : 'FEATURE_NOT_IN_TIER'}`, async () => {
          const s = await createTenant(t.orm, `f-${plan.tier}-${feature}`.replaceAll('_', '-'));
          await t.orm.em
            .fork()
            .execute(
              `insert into store_subscription (store_id, tier, period_start, period_end) values (?, ?, now(), now() + interval '1 month')`,
              [s.storeId, plan.tier],
            );
          const ctx = systemContext({ orm: t.orm, config: t.config, log, clock }, s.storeId);
          if (has) {
            await expect(requireFeature(ctx, feature)).resolves.toBeUndefined();
          } else {
            const err = await requireFeature(ctx, feature).catch((e) => e);
            expect(err).toBeInstanceOf(FeatureNotInTierError);
            expect(err.details.requiredTier).not.toBe(plan.tier);
            expect(err.message).toContain('plan and above');
          }
        });
      }
    }
  });

  it('isolates tenants: usage and tier of another store are not visible or changeable', async () => {
    const c = await createTenant(t.orm, 'subiso');
    const ownerC = t.client().useStore(c.storeId);
    await ownerC.login(c.users.owner.email, PASSWORD);
    expect((await ownerC.ok(SUB)).storeSubscription).toMatchObject({ ordersInPeriod: 0, plan: { tier: 'ESSENTIAL' } });
    ownerC.useStore(a.storeId);
    expect(
      (await ownerC.fails('mutation { changeTier(input: { tier: BUSINESS }) { plan { tier } } }')).extensions?.reason,
    ).toBe('STORE_ACCESS_DENIED');
    expect((await ownerC.fails(SUB)).extensions?.reason).toBe('STORE_ACCESS_DENIED');
    void Tier;
  });
});
