import cliProgress from 'cli-progress';
import type { MikroORM } from '@mikro-orm/postgresql';
import { systemClock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { Store } from '../tenancy/store.entity.js';
import { SyncKind, SyncStatus, SyncTrigger } from './letzshop-sync-run.entity.js';
import { syncNow } from './sync-runner.js';

/**
 * `pnpm orion letzshop:sync --store <slug> [--since YYYY-MM-DD]`: one sync in this process, with a
 * progress bar. Letzshop does not say how many shipments there are, so the bar's end grows by a
 * page while more pages follow.
 */
export async function letzshopSyncCommand(
  deps: { orm: MikroORM; config: Config; log: Logger },
  args: string[],
  out: NodeJS.WriteStream = process.stdout,
): Promise<number> {
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const slug = opt('store');
  const since = opt('since');
  if (!slug) {
    out.write('Usage: pnpm orion letzshop:sync --store <slug> [--since YYYY-MM-DD]\n');
    return 2;
  }
  if (since && (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(Date.parse(since)))) {
    out.write(`--since must be a date like 2026-01-31 (got "${since}")\n`);
    return 2;
  }
  const store = await deps.orm.em.fork().findOne(Store, { slug }, { filters: false });
  if (!store) {
    out.write(`No store with the slug "${slug}".\n`);
    return 2;
  }
  const bar = new cliProgress.SingleBar(
    {
      format:
        '{bar} {value}/{total} shipments | page {pages} | new {created} · updated {updated} · unchanged {unchanged} · waiting {waiting} · failed {failed}',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 1000,
      stream: out,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(100, 0, { pages: 0, created: 0, updated: 0, unchanged: 0, waiting: 0, failed: 0 });
  const run = await syncNow(
    { ...deps, clock: systemClock },
    store.id,
    {
      kind: since ? SyncKind.HISTORICAL : SyncKind.INCREMENTAL,
      since: since ? new Date(`${since}T00:00:00Z`) : null,
      trigger: SyncTrigger.CLI,
    },
    (r) => {
      const more = r.status === SyncStatus.RUNNING && (r.cursor !== null || r.pages === 0);
      bar.setTotal(Math.max(1, r.fetched + (more ? 100 : 0)));
      bar.update(r.fetched, {
        pages: r.pages,
        created: r.created,
        updated: r.updated,
        unchanged: r.unchanged,
        waiting: r.waiting,
        failed: r.failed,
      });
    },
  );
  bar.stop();
  if (run.status === SyncStatus.SUCCEEDED) {
    out.write(
      `Sync finished: ${run.created} new, ${run.updated} updated, ${run.unchanged} unchanged, ${run.failed} failed` +
        (run.waiting ? `, ${run.waiting} waiting (monthly order limit reached)` : '') +
        '.\n',
    );
    for (const p of run.problems) out.write(`  ! ${p}\n`);
    return run.failed ? 1 : 0;
  }
  out.write(`Sync failed: ${run.error}\n`);
  return 1;
}
