import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { JobQueue } from './job-queue.js';

/**
 * What the process provides to every entry point — the GraphQL context builder, the REST routes,
 * jobs, the CLI: one type, built once in `createApp` (or by the CLI and the job runner).
 */
export interface AppServices {
  orm: MikroORM;
  config: Config;
  log: Logger;
  clock: Clock;
  jobs: JobQueue;
}
