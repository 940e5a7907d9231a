import type { EntityManager } from '@mikro-orm/postgresql';
import type { StoreCtx } from '../../core/context.js';
import { StoreSubscription, SubscriptionChange } from './store-subscription.entity.js';
import { FeatureNotInTierError, TierLimitError } from './subscription.errors.js';
import { FEATURE_NAMES, type Feature, lowestTierWith, planOf, TIER_PLANS, Tier, type TierPlanData } from './tiers.js';

/** New stores start on Essential. */
export const DEFAULT_TIER = Tier.ESSENTIAL;

/**
 * Makes sure the store has a subscription and that its period contains `now`: an expired period
 * is rolled here, so a missed monthly job never blocks a seller. Periods are calendar months (UTC).
 * Idempotent and safe under concurrency (insert … on conflict; a conditional update).
 */
export async function currentSubscription(em: EntityManager, storeId: string, now: Date): Promise<StoreSubscription> {
  await em.execute(
    `insert into store_subscription (store_id, tier, period_start, period_end)
     values (?, ?, date_trunc('month', ?::timestamptz at time zone 'UTC') at time zone 'UTC',
                  (date_trunc('month', ?::timestamptz at time zone 'UTC') + interval '1 month') at time zone 'UTC')
     on conflict (store_id) do nothing`,
    [storeId, DEFAULT_TIER, now, now],
  );
  await rollExpiredPeriods(em, now, storeId);
  const [row] = await em.execute<
    { tier: Tier; status: string; period_start: Date; period_end: Date; orders_in_period: number }[]
  >('select tier, status, period_start, period_end, orders_in_period from store_subscription where store_id = ?', [
    storeId,
  ]);
  return Object.assign(new StoreSubscription(), {
    tier: row!.tier,
    status: row!.status,
    periodStart: new Date(row!.period_start),
    periodEnd: new Date(row!.period_end),
    ordersInPeriod: row!.orders_in_period,
  });
}

/** Starts a new period (count back to 0) for every subscription whose period ended. The monthly job. */
export async function rollExpiredPeriods(em: EntityManager, now: Date, storeId?: string): Promise<number> {
  const rows = await em.execute<{ store_id: string }[]>(
    `update store_subscription
        set period_start = date_trunc('month', ?::timestamptz at time zone 'UTC') at time zone 'UTC',
            period_end = (date_trunc('month', ?::timestamptz at time zone 'UTC') + interval '1 month') at time zone 'UTC',
            orders_in_period = 0, updated_at = now()
      where period_end <= ? ${storeId ? 'and store_id = ?' : ''}
      returning store_id`,
    [now, now, now, ...(storeId ? [storeId] : [])],
  );
  return rows.length;
}

/**
 * Counts one order against the monthly allowance, in the caller's transaction: one conditional
 * update, so at 99 of 100 exactly one of many concurrent orders gets through.
 */
export async function consumeOrderAllowance(em: EntityManager, storeId: string, now: Date): Promise<void> {
  // The usual case in one statement (the row exists, its period holds `now`, the tier's limit is
  // not reached): an order creation takes this lock last and holds it until its commit, so every
  // statement counts. Anything else goes the long way, which refuses or rolls the period.
  const fast = await em.execute<{ orders_in_period: number }[]>(
    `update store_subscription set orders_in_period = orders_in_period + 1, updated_at = now()
      where store_id = ? and period_start <= ? and period_end > ? and (${ORDER_LIMIT_SQL}) is not false
      returning orders_in_period`,
    [storeId, now, now],
  );
  if (fast.length) return;
  const sub = await currentSubscription(em, storeId, now);
  const plan = planOf(sub.tier);
  const rows = await em.execute<{ orders_in_period: number }[]>(
    `update store_subscription set orders_in_period = orders_in_period + 1, updated_at = now()
      where store_id = ? and (?::int is null or orders_in_period < ?::int)
      returning orders_in_period`,
    [storeId, plan.ordersPerMonth, plan.ordersPerMonth],
  );
  if (!rows.length) throw new TierLimitError('orders', plan, plan.ordersPerMonth!, sub.periodEnd);
}

/** Whether the row's tier allows one more order this period, from the plan table (null: unlimited). */
const ORDER_LIMIT_SQL = `case tier ${TIER_PLANS.map(
  (p) => `when '${p.tier}' then ${p.ordersPerMonth === null ? 'null' : `orders_in_period < ${p.ordersPerMonth}`}`,
).join(' ')} else false end`;

/**
 * Refuses adding `adding` products past the plan's limit. Locks the subscription row, so
 * concurrent creations and imports cannot both slip under the limit. Call inside the transaction
 * that creates the products.
 */
/**
 * Takes up to `wanted` orders from the period's allowance in one go (a marketplace import takes a
 * page at a time) and returns how many it got: the rest must wait for an upgrade or the next
 * period. Row-locked like `consumeOrderAllowance`, in the caller's transaction.
 */
export async function takeOrderAllowance(
  em: EntityManager,
  storeId: string,
  now: Date,
  wanted: number,
): Promise<number> {
  if (wanted <= 0) return 0;
  const sub = await currentSubscription(em, storeId, now);
  const limit = planOf(sub.tier).ordersPerMonth;
  const [row] = await em.execute<{ granted: number }[]>(
    `with cur as (select orders_in_period from store_subscription where store_id = ? for update)
     update store_subscription s
        set orders_in_period = s.orders_in_period + g.n, updated_at = now()
       from (select least(?::int, greatest(0, coalesce(?::int - cur.orders_in_period, ?::int))) as n from cur) g
      where s.store_id = ?
      returning g.n as granted`,
    [storeId, wanted, limit, wanted, storeId],
  );
  return row?.granted ?? 0;
}

export async function assertProductCapacity(
  em: EntityManager,
  storeId: string,
  adding: number,
  now: Date,
): Promise<void> {
  const sub = await currentSubscription(em, storeId, now);
  const plan = planOf(sub.tier);
  if (plan.products === null || adding <= 0) return;
  await em.execute('select 1 from store_subscription where store_id = ? for update', [storeId]);
  const [row] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from product where store_id = ? and status = 'active'`,
    [storeId],
  );
  if (row!.n + adding > plan.products) throw new TierLimitError('products', plan, plan.products, null);
}

export async function planForStore(em: EntityManager, storeId: string, now: Date): Promise<TierPlanData> {
  return planOf((await currentSubscription(em, storeId, now)).tier);
}

/** Throws FEATURE_NOT_IN_TIER, naming the plan that has it, unless the store's plan includes the feature. */
export async function requireFeature(ctx: StoreCtx, feature: Feature): Promise<void> {
  const plan = await planForStore(ctx.em, ctx.storeId, ctx.clock.now());
  if (!plan.features.includes(feature)) throw new FeatureNotInTierError(feature, plan, lowestTierWith(feature));
}

/** A plan as the API shows it: its features also named for people. */
export interface PlanView extends Omit<TierPlanData, 'features'> {
  features: Feature[];
  featureNames: string[];
}

export const planView = (p: TierPlanData): PlanView => ({
  ...p,
  features: [...p.features],
  featureNames: p.features.map((f) => FEATURE_NAMES[f]),
});

/** What is left of the month's order allowance; null when the plan has no limit. */
const ordersRemaining = (plan: TierPlanData, ordersInPeriod: number) =>
  plan.ordersPerMonth === null ? null : Math.max(0, plan.ordersPerMonth - ordersInPeriod);

/** Share of a limit used, 0–100 (rounded down); null when unlimited. */
const usagePercent = (used: number, limit: number | null) =>
  limit === null ? null : Math.min(100, Math.floor((used * 100) / limit));

/** The store's plan, period and usage. */
export interface SubscriptionUsage {
  plan: PlanView;
  status: string;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  ordersInPeriod: number;
  ordersRemaining: number | null;
  productCount: number;
  orderUsagePercent: number | null;
  productUsagePercent: number | null;
}

export class SubscriptionService {
  /** The plans on sale. */
  plans(): PlanView[] {
    return TIER_PLANS.map(planView);
  }

  async usage(ctx: StoreCtx): Promise<SubscriptionUsage> {
    const { sub, plan, productCount } = await this.get(ctx);
    return {
      plan: planView(plan),
      status: sub.status,
      currentPeriodStart: sub.periodStart,
      currentPeriodEnd: sub.periodEnd,
      ordersInPeriod: sub.ordersInPeriod,
      ordersRemaining: ordersRemaining(plan, sub.ordersInPeriod),
      productCount,
      orderUsagePercent: usagePercent(sub.ordersInPeriod, plan.ordersPerMonth),
      productUsagePercent: usagePercent(productCount, plan.products),
    };
  }

  async get(ctx: StoreCtx) {
    const now = ctx.clock.now();
    const sub = await currentSubscription(ctx.em, ctx.storeId, now);
    const [products] = await ctx.em.execute<{ n: number }[]>(
      `select count(*)::int as n from product where store_id = ? and status = 'active'`,
      [ctx.storeId],
    );
    return { sub, plan: planOf(sub.tier), productCount: products!.n };
  }

  async checkOrderLimit(ctx: StoreCtx) {
    const { sub, plan } = await this.get(ctx);
    const remaining = ordersRemaining(plan, sub.ordersInPeriod);
    return {
      allowed: remaining === null || remaining > 0,
      remaining,
      limit: plan.ordersPerMonth,
      periodEnd: sub.periodEnd,
    };
  }

  /** Upgrades and downgrades apply at once; a downgrade keeps every row and only gates new actions. */
  async changeTier(ctx: StoreCtx, tier: Tier) {
    await ctx.em.transactional(async (em) => {
      const sub = await currentSubscription(em, ctx.storeId, ctx.clock.now());
      await em.execute('select 1 from store_subscription where store_id = ? for update', [ctx.storeId]);
      if (sub.tier === tier) return;
      await em.execute('update store_subscription set tier = ?, updated_at = now() where store_id = ?', [
        tier,
        ctx.storeId,
      ]);
      em.create(SubscriptionChange, {
        store: ctx.storeId,
        fromTier: sub.tier,
        toTier: tier,
        changedBy: ctx.user?.id ?? null,
      });
      await em.flush();
      ctx.log.info({ event: 'tier_changed', from: sub.tier, to: tier }, 'tier changed');
    });
    return this.usage(ctx);
  }

  history(ctx: StoreCtx) {
    return ctx.em.find(SubscriptionChange, { store: ctx.storeId }, { orderBy: { createdAt: 'desc' }, limit: 50 });
  }
}
