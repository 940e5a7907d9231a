import crypto from 'node:crypto';
import { systemClock } from '../clock.js';
import { TENANT_FILTER } from './tenant-filter.js';
import { noJobQueue } from './job-queue.js';
import { Role } from './roles.js';
import type { Actor, Ctx } from './context.js';
import type { AppServices } from './services.js';

/**
 * A context for work that no HTTP request drives (jobs, the CLI, the demo seed), acting in one
 * store with a fresh EntityManager fork. `user` is who the work is recorded as (null = system).
 */
export function systemContext(
  deps: Pick<AppServices, 'orm' | 'config' | 'log'> & Partial<Pick<AppServices, 'clock' | 'jobs'>>,
  storeId: string,
  user: Actor | null = null,
): Ctx & { storeId: string } {
  const em = deps.orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { storeId });
  const requestId = `system-${crypto.randomUUID()}`;
  return {
    requestId,
    log: deps.log.child({ requestId, storeId }),
    config: deps.config,
    clock: deps.clock ?? systemClock,
    jobs: deps.jobs ?? noJobQueue,
    em,
    user,
    session: null,
    storeId,
    role: Role.OWNER,
    storeProblem: null,
    viaMerchantOwnership: false,
  };
}
