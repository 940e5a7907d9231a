import type { MikroORM } from '@mikro-orm/postgresql';
import { PgBoss } from 'pg-boss';
import { type Clock, systemClock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { dueSyncs } from '../modules/letzshop/auto-sync.js';
import { executeRun } from '../modules/letzshop/sync-runner.js';
import { deliverEmail, dueEmails } from '../modules/mail/email-delivery.js';
import { runAlertChecks } from '../modules/alerts/alerts.js';
import { rollExpiredPeriods } from '../modules/subscriptions/subscription.service.js';
import type { JobQueue } from '../core/job-queue.js';
import { pruneRequestLog } from '../modules/api-keys/api-keys.service.js';

export const ROLL_PERIODS = 'subscriptions.roll-periods';
export const LETZSHOP_SYNC = 'letzshop.sync';
export const LETZSHOP_AUTOSYNC = 'letzshop.autosync';
export const MAIL_SEND = 'mail.send';
export const MAIL_SWEEP = 'mail.sweep';
export const MAIL_ALERTS = 'mail.alerts';
export const API_LOG_PRUNE = 'api-keys.prune-request-log';

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
  for (const q of [ROLL_PERIODS, LETZSHOP_SYNC, LETZSHOP_AUTOSYNC, MAIL_SEND, MAIL_SWEEP, MAIL_ALERTS, API_LOG_PRUNE])
    await boss.createQueue(q);
  await boss.schedule(MAIL_SWEEP, '* * * * *', null, { tz: 'UTC' });
  await boss.schedule(MAIL_ALERTS, '*/5 * * * *', null, { tz: 'UTC' });
  await boss.schedule(ROLL_PERIODS, '7 * * * *', null, { tz: 'UTC' });
  await boss.schedule(LETZSHOP_AUTOSYNC, '* * * * *', null, { tz: 'UTC' });
  // The API keys' request log keeps 30 days.
  await boss.schedule(API_LOG_PRUNE, '17 3 * * *', null, { tz: 'UTC' });
  await boss.work(API_LOG_PRUNE, async () => {
    const n = await pruneRequestLog(deps.orm.em.fork(), systemClock.now());
    if (n) deps.log.info({ job: API_LOG_PRUNE, deleted: n }, 'API request log pruned');
  });
  await boss.work(ROLL_PERIODS, async () => {
    await rollPeriodsJob(deps.orm, deps.log);
  });
  const queue: JobQueue = {
    async letzshopSync(runId) {
      await boss.send(LETZSHOP_SYNC, { runId }, { singletonKey: runId, retryLimit: 0 });
    },
    async sendEmail(id) {
      // Keyed by the message: a second job for the same message while one waits is dropped.
      await boss.send(MAIL_SEND, { id }, { singletonKey: id, retryLimit: 0 });
    },
    async sweepEmails() {
      for (const id of await dueEmails(deps)) await queue.sendEmail(id);
    },
    async drain() {},
  };
  await boss.work<{ id: string }>(MAIL_SEND, { localConcurrency: 2, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      const r = await deliverEmail(deps, job.data.id);
      // The retry is a new job due after the backoff (the row says when and why).
      if (r.status === 'retry')
        await boss.send(MAIL_SEND, { id: job.data.id }, { startAfter: Math.ceil(r.retryInMs / 1000), retryLimit: 0 });
    }
  });
  await boss.work(MAIL_SWEEP, async () => {
    await queue.sweepEmails();
  });
  await boss.work(MAIL_ALERTS, async () => {
    await runAlertChecks({ ...syncDeps, jobs: queue });
  });
  await queue.sweepEmails();
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
