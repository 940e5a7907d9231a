import { newId } from '../../core/base.entity.js';
import type { StoreCtx } from '../../core/context.js';
import type { PersonalDataAccessKind } from './personal-data-access.entity.js';

/**
 * Writes one row of the personal-data log, outside the caller's unit of work (an export that a
 * client broke off is logged too, with the rows it got).
 */
export async function logPersonalDataAccess(
  ctx: StoreCtx,
  entry: { kind: PersonalDataAccessKind; detail: string; filters?: Record<string, unknown>; rowCount: number },
): Promise<void> {
  await ctx.em.execute(
    `insert into personal_data_access (id, store_id, kind, user_id, user_name, detail, filters, row_count, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)`,
    [
      newId(),
      ctx.storeId,
      entry.kind,
      ctx.user?.id ?? null,
      ctx.user ? `${ctx.user.name} <${ctx.user.email}>` : 'system',
      entry.detail,
      JSON.stringify(entry.filters ?? {}),
      entry.rowCount,
      ctx.clock.now(),
      ctx.clock.now(),
    ],
  );
}
