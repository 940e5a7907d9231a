import type { Ctx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { Tier } from '../subscriptions/tiers.js';

/** A leaky bucket's size: at most `capacity` points, refilled `restoreRate` points per second. */
export interface BucketSize {
  capacity: number;
  restoreRate: number;
}

/**
 * A store's sessions share one bucket, the same on every tier: the SPA's pages are ours, so it is
 * sized to stop a runaway script, not to shape traffic (the load benchmark's 8 concurrent users
 * stay well below it).
 */
const SESSION_BUCKET: BucketSize = { capacity: 100_000, restoreRate: 20_000 };

/**
 * The buckets by tier, for API keys (one bucket per key) and for sessions (one bucket per store,
 * shared by everyone signed in to it; larger, as the SPA's pages are written by us).
 */
export const RATE_LIMITS: Readonly<Record<Tier, { apiKey: BucketSize; session: BucketSize }>> = {
  [Tier.ESSENTIAL]: { apiKey: { capacity: 1000, restoreRate: 50 }, session: SESSION_BUCKET },
  [Tier.PROFESSIONAL]: {
    apiKey: { capacity: 1000, restoreRate: 50 },
    session: SESSION_BUCKET,
  },
  [Tier.BUSINESS]: { apiKey: { capacity: 2000, restoreRate: 100 }, session: SESSION_BUCKET },
};

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

const sizeSql = (field: keyof BucketSize, kind: 'apiKey' | 'session') =>
  `case t.tier ${Object.entries(RATE_LIMITS)
    .map(([tier, s]) => `when '${tier}' then ${s[kind][field]}`)
    .join(' ')} else ${RATE_LIMITS[Tier.ESSENTIAL][kind][field]} end`;

const refilled = `least(excluded.capacity, b.available
  + greatest(0, extract(epoch from excluded.refilled_at - b.refilled_at)) * excluded.restore_rate)`;

// One statement per request, atomic across processes: the store's tier sizes the bucket, the
// bucket is refilled for the time since its last use, and the cost is taken when it fits.
const takeSql = (kind: 'apiKey' | 'session') => `
  insert into rate_bucket as b (subject, capacity, restore_rate, available, refilled_at, last_granted)
  select ?, c.capacity, c.rate, c.capacity - least(c.capacity, ?::float8), ?, ?::float8 <= c.capacity
    from (select ${sizeSql('capacity', kind)} as capacity, ${sizeSql('restoreRate', kind)} as rate
            from (select (select tier::text from store_subscription where store_id = ?) as tier) t) c
  on conflict (subject) do update set
    capacity = excluded.capacity,
    restore_rate = excluded.restore_rate,
    available = case when ${refilled} >= ?::float8 then ${refilled} - ?::float8 else ${refilled} end,
    last_granted = ${refilled} >= ?::float8,
    refilled_at = greatest(b.refilled_at, excluded.refilled_at)
  returning available, capacity, restore_rate, last_granted`;
const TAKE = { apiKey: takeSql('apiKey'), session: takeSql('session') };

const subjectOf = (ctx: Ctx & { storeId: string }) =>
  ctx.apiKey
    ? { subject: `key:${ctx.apiKey.id}`, kind: 'apiKey' as const }
    : { subject: `store:${ctx.storeId}`, kind: 'session' as const };

/**
 * Takes `cost` points from the caller's bucket before the operation runs; throws THROTTLED (429)
 * with the wait in seconds when the bucket holds less. Returns the bucket after the take.
 */
export async function takeCost(ctx: Ctx & { storeId: string }, cost: number): Promise<ThrottleStatus> {
  const { subject, kind } = subjectOf(ctx);
  const now = ctx.clock.now();
  const [row] = await ctx.em
    .getConnection()
    .execute<{ available: number; capacity: number; restore_rate: number; last_granted: boolean }[]>(TAKE[kind], [
      subject,
      cost,
      now,
      cost,
      ctx.storeId,
      cost,
      cost,
      cost,
    ]);
  const status = {
    maximumAvailable: row!.capacity,
    currentlyAvailable: row!.available,
    restoreRate: row!.restore_rate,
  };
  if (!row!.last_granted) {
    const retryAfterSeconds = Math.max(1, Math.ceil((cost - row!.available) / row!.restore_rate));
    ctx.res?.setHeader('Retry-After', String(retryAfterSeconds));
    throw Object.assign(
      new DomainError(
        'THROTTLED',
        `This query costs ${cost} points and ${Math.floor(row!.available)} are available; try again in ${retryAfterSeconds} s.`,
        'TOO_MANY_REQUESTS',
        {
          cost,
          currentlyAvailable: Math.floor(row!.available),
          restoreRate: row!.restore_rate,
          retryAfterSeconds,
        },
      ),
      { throttleStatus: status },
    );
  }
  return status;
}

/** Gives back what the operation did not use (its lists came back shorter than `first`). */
export async function returnUnused(ctx: Ctx & { storeId: string }, points: number, before: ThrottleStatus) {
  if (points <= 0) return before;
  const { subject } = subjectOf(ctx);
  const [row] = await ctx.em
    .getConnection()
    .execute<{ available: number }[]>(
      'update rate_bucket set available = least(capacity, available + ?) where subject = ? returning available',
      [points, subject],
    );
  return { ...before, currentlyAvailable: row?.available ?? before.currentlyAvailable };
}

/** The bucket as it stands now (for a cost-only request), without taking anything. */
export async function peekBucket(ctx: Ctx & { storeId: string }): Promise<ThrottleStatus> {
  const { subject, kind } = subjectOf(ctx);
  const [row] = await ctx.em.getConnection().execute<{ available: number | null; capacity: number; rate: number }[]>(
    `select least(c.capacity, b.available + greatest(0, extract(epoch from ?::timestamptz - b.refilled_at)) * c.rate) as available,
            c.capacity, c.rate
       from (select ${sizeSql('capacity', kind)} as capacity, ${sizeSql('restoreRate', kind)} as rate
               from (select (select tier::text from store_subscription where store_id = ?) as tier) t) c
       left join rate_bucket b on b.subject = ?`,
    [ctx.clock.now(), ctx.storeId, subject],
  );
  return {
    maximumAvailable: row!.capacity,
    currentlyAvailable: row!.available ?? row!.capacity,
    restoreRate: row!.rate,
  };
}
