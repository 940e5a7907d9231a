import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { JobQueue } from '../core/job-queue.js';
import type { Logger } from '../logger.js';
import { executeRun } from '../modules/letzshop/sync-runner.js';
import { deliverEmail, dueEmails } from '../modules/mail/email-delivery.js';

/**
 * Runs jobs in this process, in the background. Used when the pg-boss workers are off
 * (JOBS_ENABLED=false, tests); the run's row in Postgres is still the record, and a run this
 * process never finished is resumed by the next request for it.
 */
export function inProcessQueue(deps: { orm: MikroORM; config: Config; log: Logger; clock: Clock }): JobQueue {
  const running = new Set<Promise<unknown>>();
  const timers = new Set<NodeJS.Timeout>();
  const track = (p: Promise<unknown>) => {
    running.add(p);
    void p.finally(() => running.delete(p));
  };
  const queue: JobQueue = {
    async letzshopSync(runId) {
      track(executeRun(deps, runId).catch((err) => deps.log.error({ err, syncRunId: runId }, 'letzshop sync crashed')));
    },
    async sendEmail(id) {
      track(
        deliverEmail(deps, id)
          .then((r) => {
            if (r.status !== 'retry') return;
            // A retry this process does not live to make is found by the next start's sweep.
            const timer = setTimeout(() => {
              timers.delete(timer);
              void queue.sendEmail(id);
            }, r.retryInMs);
            timer.unref();
            timers.add(timer);
          })
          .catch((err) => deps.log.error({ err, emailId: id }, 'e-mail delivery crashed')),
      );
    },
    async sweepEmails() {
      for (const id of await dueEmails(deps)) await queue.sendEmail(id);
    },
    async drain() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
  return queue;
}
