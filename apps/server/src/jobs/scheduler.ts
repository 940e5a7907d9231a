import type { MikroORM } from '@mikro-orm/postgresql';
import { PgBoss } from 'pg-boss';
import { type Clock, systemClock } from '../clock.js';
import type { Logger } from '../logger.js';
import { rollExpiredPeriods } from '../modules/subscriptions/subscription.service.js';

export const ROLL_PERIODS = 'subscriptions.roll-periods';

/** The monthly reset: starts a new period for every subscription whose period ended. Idempotent. */
export async function rollPeriodsJob(orm: MikroORM, log: Logger, clock: Clock = systemClock): Promise<number> {
  const n = await rollExpiredPeriods(orm.em.fork(), clock.now());
  if (n) log.info({ job: ROLL_PERIODS, rolled: n }, 'subscription periods rolled');
  return n;
}

/**
 * Background work in the same PostgreSQL (pg-boss): scheduled jobs survive restarts and run once
 * across several app processes. The period roll runs hourly; it is cheap and a no-op when nothing
 * expired (and checks on an expired period roll it on their own anyway).
 */
export async function startJobs(deps: {
  databaseUrl: string;
  orm: MikroORM;
  log: Logger;
}): Promise<{ stop(): Promise<void> }> {
  const boss = new PgBoss({ connectionString: deps.databaseUrl, schema: 'pgboss' });
  let stopping = false;
  // A terminal's Ctrl+C reaches the embedded PostgreSQL too, so during shutdown the queue's
  // connections drop while it stops: expected then, not worth an error line.
  boss.on('error', (err) => {
    if (!stopping) deps.log.error({ err }, 'job queue error');
  });
  await boss.start();
  await boss.createQueue(ROLL_PERIODS);
  await boss.schedule(ROLL_PERIODS, '7 * * * *', null, { tz: 'UTC' });
  await boss.work(ROLL_PERIODS, async () => {
    await rollPeriodsJob(deps.orm, deps.log);
  });
  deps.log.info('background jobs started');
  return {
    stop: () => {
      stopping = true;
      return boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
