import { DataloaderType } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options, defineConfig } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';
import { tenantFilter } from '../core/tenant-filter.js';

export function ormConfig(clientUrl: string, log?: Logger, extra: Partial<Options> = {}) {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    filters: { tenant: tenantFilter(entities) },
    forceUtcTimezone: true,
    // Relations never cross stores (every row is written with its store's ids), so the tenant
    // filter need not be re-applied through joins on every to-one reference: that join doubled
    // the cost of list queries. The loaded side is still filtered.
    autoJoinRefsForFilters: false,
    pool: { min: 0, max: 20 },
    migrations: {
      migrationsList,
      path: 'src/db/migrations',
      pathTs: 'src/db/migrations',
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
    },
    debug: log?.isLevelEnabled('trace') ? ['query', 'query-params'] : false,
    logger: (message) => log?.trace({ orm: message }, 'sql'),
    ...extra,
  });
}

export async function createOrm(clientUrl: string, log?: Logger, extra: Partial<Options> = {}) {
  return MikroORM.init(ormConfig(clientUrl, log, extra));
}

/**
 * Applies the pending migrations. Several instances may start at once on one database: a
 * transaction-scoped advisory lock lets one apply them while the others wait, then find nothing
 * left to do.
 */
export async function migrate(orm: MikroORM) {
  return orm.em.fork().transactional(async (em) => {
    await em.execute(`select pg_advisory_xact_lock(hashtext('orion:migrations'))`);
    return orm.migrator.up();
  });
}

export type { MikroORM };
