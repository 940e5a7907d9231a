import crypto from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Clock, systemClock } from '../clock.js';
import type { Config } from '../config.js';
import { TENANT_FILTER } from './tenant-filter.js';
import { type JobQueue, inProcessQueue } from './job-queue.js';
import type { Logger } from '../logger.js';
import type { User } from '../modules/auth/user.entity.js';
import { Role } from './roles.js';
import type { Ctx } from './context.js';

/**
 * A context for work that no HTTP request drives (jobs, the CLI, the demo seed), acting in one
 * store with a fresh EntityManager fork. `user` is who the work is recorded as (null = system).
 */
export function systemContext(
  deps: { orm: MikroORM; config: Config; log: Logger; clock?: Clock; jobs?: JobQueue },
  storeId: string,
  user: User | null = null,
): Ctx & { storeId: string } {
  const em = deps.orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { storeId });
  const requestId = `system-${crypto.randomUUID()}`;
  return {
    requestId,
    log: deps.log.child({ requestId, storeId }),
    config: deps.config,
    clock: deps.clock ?? systemClock,
    jobs: deps.jobs ?? inProcessQueue({ ...deps, clock: deps.clock ?? systemClock }),
    em,
    user,
    session: null,
    storeId,
    role: Role.OWNER,
    storeProblem: null,
    viaMerchantOwnership: false,
  };
}
