import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { executeRun } from '../modules/letzshop/sync-runner.js';

/** Where long work is handed off from a request. */
export interface JobQueue {
  /** Runs a recorded Letzshop sync (see letzshop/sync-runner.ts). */
  letzshopSync(runId: string): Promise<void>;
  /** Waits for work this process started (graceful shutdown, tests). */
  drain(): Promise<void>;
}

/**
 * Runs jobs in this process, in the background. Used when the pg-boss workers are off
 * (JOBS_ENABLED=false, tests); the run's row in Postgres is still the record, and a run this
 * process never finished is resumed by the next request for it.
 */
export function inProcessQueue(deps: { orm: MikroORM; config: Config; log: Logger; clock: Clock }): JobQueue {
  const running = new Set<Promise<unknown>>();
  return {
    async letzshopSync(runId) {
      const p = executeRun(deps, runId)
        .catch((err) => deps.log.error({ err, syncRunId: runId }, 'letzshop sync crashed'))
        .finally(() => running.delete(p));
      running.add(p);
    },
    async drain() {
      await Promise.allSettled([...running]);
    },
  };
}
