import type { EntityClass, FilterDef } from '@mikro-orm/core';
import { StoreScopedEntity } from './store-scoped.entity.js';

export const TENANT_FILTER = 'tenant';

/**
 * One filter for every store-scoped entity, enabled by default. It has no fallback: a query on a
 * store-scoped entity without `em.setFilterParams('tenant', { storeId })` fails instead of
 * returning every store's rows. System work (migrations, jobs across stores) disables it
 * explicitly with `filters: { tenant: false }`.
 */
export function tenantFilter(entities: EntityClass<object>[]): FilterDef {
  return {
    name: TENANT_FILTER,
    cond: (args: Record<string, unknown>) => ({ store: args.storeId }),
    default: true,
    args: true,
    entity: entities.filter((e) => e.prototype instanceof StoreScopedEntity),
  };
}
