import type { MikroORM } from '@mikro-orm/postgresql';
import { SyncKind, SyncTrigger } from './letzshop-sync-run.entity.js';
import { systemContext } from '../../core/system-context.js';
import { requestSync, type SyncDeps } from './sync-runner.js';

/**
 * The scheduler's tick: a sync for every store with auto-sync on whose interval has passed, and
 * again for runs left queued (their dispatch was lost with a process). Returns the run ids to
 * hand to the workers; a store whose run is still going is skipped by `requestSync` itself.
 */
export async function dueSyncs(deps: SyncDeps & { orm: MikroORM }): Promise<string[]> {
  const now = deps.clock.now();
  const due = await deps.orm.em.fork().execute<{ store_id: string }[]>(
    `select s.store_id from letzshop_settings s
      where s.auto_sync and s.api_key_sealed is not null
        and (s.last_synced_at is null or s.last_synced_at <= ?::timestamptz - make_interval(mins => s.sync_interval_minutes))
        and not exists (select 1 from letzshop_sync_run r where r.store_id = s.store_id and r.status in ('queued', 'running')
                          and coalesce(r.heartbeat_at, r.created_at) > ?::timestamptz - make_interval(secs => ?))`,
    [now, now, deps.config.LETZSHOP_STALE_SECONDS],
  );
  const ids: string[] = [];
  for (const { store_id } of due) {
    try {
      const { run } = await requestSync(systemContext(deps, store_id), {
        kind: SyncKind.INCREMENTAL,
        trigger: SyncTrigger.SCHEDULE,
      });
      ids.push(run.id);
    } catch (err) {
      deps.log.warn({ err, storeId: store_id }, 'scheduled letzshop sync not started');
    }
  }
  const orphans = await deps.orm.em
    .fork()
    .execute<{ id: string }[]>(
      `select id from letzshop_sync_run where status = 'queued' and created_at < ?::timestamptz - make_interval(secs => ?)`,
      [now, deps.config.LETZSHOP_STALE_SECONDS],
    );
  return [...new Set([...ids, ...orphans.map((o) => o.id)])];
}
