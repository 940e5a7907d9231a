import type { MikroORM } from '@mikro-orm/postgresql';
import { PgBoss } from 'pg-boss';
import { type Clock, systemClock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { dueSyncs } from '../modules/letzshop/auto-sync.js';
import { executeRun } from '../modules/letzshop/sync-runner.js';
import { rollExpiredPeriods } from '../modules/subscriptions/subscription.service.js';
import type { JobQueue } from './job-queue.js';

export const ROLL_PERIODS = 'subscriptions.roll-periods';
export const LETZSHOP_SYNC = 'letzshop.sync';
export const LETZSHOP_AUTOSYNC = 'letzshop.autosync';

/** The monthly reset: starts a new period for every subscription whose period ended. Idempotent. */
export async function rollPeriodsJob(orm: MikroORM, log: Logger, clock: Clock = systemClock): Promise<number> {
  const n = await rollExpiredPeriods(orm.em.fork(), clock.now());
  if (n) log.info({ job: ROLL_PERIODS, rolled: n }, 'subscription periods rolled');
  return n;
}

/**
 * Background work in the same PostgreSQL (pg-boss): scheduled jobs survive restarts and run once
 * across several app processes. The period roll runs hourly (cheap, and a check on an expired
 * period rolls it anyway). Letzshop: a tick every minute queues the stores whose auto-sync is due;
 * sync runs are jobs, two at a time per process (one per store, enforced by the run table).
 */
export async function startJobs(deps: {
  databaseUrl: string;
  orm: MikroORM;
  config: Config;
  log: Logger;
}): Promise<{ queue: JobQueue; stop(): Promise<void> }> {
  const boss = new PgBoss({ connectionString: deps.databaseUrl, schema: 'pgboss' });
  const syncDeps = { ...deps, clock: systemClock };
  let stopping = false;
  // A terminal's Ctrl+C reaches the embedded PostgreSQL too, so during shutdown the queue's
  // connections drop while it stops: expected then, not worth an error line.
  boss.on('error', (err) => {
    if (!stopping) deps.log.error({ err }, 'job queue error');
  });
  await boss.start();
  for (const q of [ROLL_PERIODS, LETZSHOP_SYNC, LETZSHOP_AUTOSYNC]) await boss.createQueue(q);
  await boss.schedule(ROLL_PERIODS, '7 * * * *', null, { tz: 'UTC' });
  await boss.schedule(LETZSHOP_AUTOSYNC, '* * * * *', null, { tz: 'UTC' });
  await boss.work(ROLL_PERIODS, async () => {
    await rollPeriodsJob(deps.orm, deps.log);
  });
  const queue: JobQueue = {
    async letzshopSync(runId) {
      await boss.send(LETZSHOP_SYNC, { runId }, { singletonKey: runId, retryLimit: 0 });
    },
    async drain() {},
  };
  await boss.work<{ runId: string }>(
    LETZSHOP_SYNC,
    { localConcurrency: 2, pollingIntervalSeconds: 1 },
    async (jobs) => {
      for (const job of jobs) await executeRun(syncDeps, job.data.runId);
    },
  );
  await boss.work(LETZSHOP_AUTOSYNC, async () => {
    for (const runId of await dueSyncs(syncDeps)) await queue.letzshopSync(runId);
  });
  deps.log.info('background jobs started');
  return {
    queue,
    stop: () => {
      stopping = true;
      return boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
