import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { inTransaction } from '../../core/transaction.js';
import type { StoreCtx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { systemContext } from '../../core/system-context.js';
import type { Logger } from '../../logger.js';
import { User } from '../auth/user.entity.js';
import { Store } from '../tenancy/store.entity.js';
import type { LsShipment, ShipmentPage, ShipmentQuery } from './letzshop-adapter.js';
import { LetzshopError } from './letzshop-client.js';
import { type ClientTuning, clientForStore, NotConnectedError } from './letzshop-connection.js';
import { LetzshopSettings } from './letzshop-settings.entity.js';
import { LetzshopSyncRun, SyncKind, SyncStatus, SyncTrigger } from './letzshop-sync-run.entity.js';
import { createPage } from './page-import.js';
import type { ImportCtx } from './import-context.js';
import { ProductMatcher } from './product-matcher.js';
import { importShipment, type Outcome } from './shipment-import.js';

export interface SyncDeps {
  orm: MikroORM;
  config: Config;
  log: Logger;
  clock: Clock;
  tuning?: ClientTuning;
}

export interface SyncRequest {
  kind: SyncKind;
  trigger: SyncTrigger;
  since?: Date | null;
  userId?: string | null;
}

const MAX_PROBLEMS = 50;
/** An incremental run looks back a little before the last run's start (clock skew, slow commits). */
const OVERLAP_MS = 5 * 60_000;

/**
 * Records a sync to run, or returns the one already queued or running for the store (one at a
 * time, enforced by a unique index). A run whose process died (no heartbeat for
 * LETZSHOP_STALE_SECONDS) is marked interrupted and the new run carries on from its last page.
 */
export async function requestSync(ctx: StoreCtx, req: SyncRequest): Promise<{ run: LetzshopSyncRun; isNew: boolean }> {
  const storeId = ctx.storeId;
  const settings = await ctx.em.findOne(LetzshopSettings, { store: storeId });
  if (!settings?.apiKeySealed) throw new NotConnectedError();
  if (req.kind === SyncKind.HISTORICAL && !req.since) {
    throw new DomainError('SINCE_REQUIRED', 'A historical import needs the date to import from.');
  }
  const now = ctx.clock.now();
  if (req.since && req.since > now) throw new DomainError('SINCE_IN_FUTURE', 'The import date is in the future.');

  return inTransaction(ctx, async ({ em: tx }) => {
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`letzshop-sync:${storeId}`]);
    const active = await tx.findOne(LetzshopSyncRun, {
      store: storeId,
      status: { $in: [SyncStatus.QUEUED, SyncStatus.RUNNING] },
    });
    let resumeFrom: LetzshopSyncRun | null = null;
    if (active) {
      const beat = active.heartbeatAt ?? active.createdAt;
      if (now.getTime() - beat.getTime() < ctx.config.LETZSHOP_STALE_SECONDS * 1000)
        return { run: active, isNew: false };
      active.status = SyncStatus.INTERRUPTED;
      active.finishedAt = now;
      active.error = 'The process running this sync stopped; the next run carried on from its last page.';
      await tx.flush();
      if (active.kind === req.kind) resumeFrom = active;
    }
    const run = tx.create(LetzshopSyncRun, {
      store: storeId,
      kind: req.kind,
      trigger: req.trigger,
      requestedBy: req.userId ?? null,
      since: resumeFrom?.since ?? req.since ?? null,
      updatedSince:
        resumeFrom?.updatedSince ??
        (req.kind === SyncKind.INCREMENTAL && settings.lastSyncedAt
          ? new Date(settings.lastSyncedAt.getTime() - OVERLAP_MS)
          : null),
      pass: resumeFrom?.pass ?? 0,
      cursor: resumeFrom?.cursor ?? null,
      resumedFrom: resumeFrom?.id ?? null,
    });
    await tx.flush();
    return { run, isNew: true };
  });
}

function passesOf(run: LetzshopSyncRun): ShipmentQuery[] {
  if (run.kind === SyncKind.HISTORICAL) return [{ completedSince: run.since!.toISOString() }];
  const passes: ShipmentQuery[] = [{ state: 'unconfirmed' }];
  if (run.updatedSince) passes.push({ updatedSince: run.updatedSince.toISOString() });
  return passes;
}

export type ProgressListener = (run: LetzshopSyncRun) => void;

/**
 * Runs a queued sync to its end. A page's new orders are stored in one transaction (one by one
 * if that fails), changed ones one by one; the run's counters and resume point move after each
 * page. A Letzshop fault that outlasts the client's retries, or an answer of the wrong shape,
 * fails the run with its reason; what was stored stays.
 */
export async function executeRun(
  deps: SyncDeps,
  runId: string,
  onProgress?: ProgressListener,
): Promise<LetzshopSyncRun> {
  const em = deps.orm.em.fork();
  const [claimed] = await em.execute<{ store_id: string }[]>(
    `update letzshop_sync_run set status = 'running', started_at = coalesce(started_at, ?), heartbeat_at = ?, updated_at = now()
      where id = ? and status = 'queued' returning store_id`,
    [deps.clock.now(), deps.clock.now(), runId],
  );
  if (!claimed) return em.findOneOrFail(LetzshopSyncRun, { id: runId }, { filters: false });
  const storeId = claimed.store_id;
  // The run's own bookkeeping (counters, resume point) on one store context, the import on another.
  const sem = systemContext(deps, storeId).em;
  const run = await sem.findOneOrFail(LetzshopSyncRun, { id: runId });
  const log = deps.log.child({ storeId, syncRunId: runId, kind: run.kind });
  log.info({ event: 'letzshop_sync_started', resumedFrom: run.resumedFrom }, 'letzshop sync started');
  onProgress?.(run);
  // The heartbeat also beats while one page takes long (Letzshop slow, retries waiting), so a
  // live run is never taken for a dead one.
  const beat = setInterval(
    () =>
      void deps.orm.em
        .fork()
        .execute('update letzshop_sync_run set heartbeat_at = ? where id = ? and status = ?', [
          deps.clock.now(),
          runId,
          SyncStatus.RUNNING,
        ])
        .catch((err) => log.debug({ err }, 'sync heartbeat not written')),
    Math.max(250, (deps.config.LETZSHOP_STALE_SECONDS * 1000) / 4),
  );
  beat.unref();
  try {
    const store = await sem.findOneOrFail(Store, { id: storeId });
    const { client } = await clientForStore(sem, storeId, { config: deps.config, log, tuning: deps.tuning });
    // The import writes with a store context like a request's (its own EntityManager fork),
    // recorded as the user who asked for the run (none for a scheduled one).
    const requester = run.requestedBy ? await sem.findOne(User, { id: run.requestedBy.id }) : null;
    const importCtx: ImportCtx = {
      ...systemContext(deps, storeId, requester),
      log,
      storeCountry: store.country,
    };
    const passes = passesOf(run);
    const seen = new Set<string>();
    // The next page is asked for while this one is stored (Letzshop's time and ours overlap);
    // the resume point still moves only after a page is stored.
    let ahead: Promise<ShipmentPage> | null = null;
    while (run.pass < passes.length) {
      const page: ShipmentPage = await (ahead ?? client.shipments(passes[run.pass]!, run.cursor));
      const done = !page.hasNextPage || !page.endCursor;
      ahead = done ? null : client.shipments(passes[run.pass]!, page.endCursor);
      ahead?.catch(() => undefined); // awaited on the next turn; a failure surfaces there
      const fresh = page.shipments.filter((s) => !seen.has(s.id));
      for (const s of fresh) seen.add(s.id);
      const counts = await importPage(importCtx, fresh, run, log);
      run.pages += 1;
      run.fetched += page.shipments.length;
      run.created += counts.created;
      run.updated += counts.updated;
      run.unchanged += counts.unchanged + (page.shipments.length - fresh.length);
      run.waiting += counts.waiting;
      run.failed += counts.failed;
      run.pass = done ? run.pass + 1 : run.pass;
      run.cursor = done ? null : page.endCursor;
      run.heartbeatAt = deps.clock.now();
      await sem.flush();
      onProgress?.(run);
    }
    run.status = SyncStatus.SUCCEEDED;
    run.finishedAt = deps.clock.now();
    await sem.flush();
    await sem.nativeUpdate(LetzshopSettings, { store: storeId }, { lastSyncedAt: run.startedAt });
    log.info(
      {
        event: 'letzshop_sync_finished',
        created: run.created,
        updated: run.updated,
        unchanged: run.unchanged,
        waiting: run.waiting,
        failed: run.failed,
        pages: run.pages,
      },
      'letzshop sync finished',
    );
  } catch (err) {
    const known = err instanceof LetzshopError || err instanceof DomainError;
    run.status = SyncStatus.FAILED;
    run.finishedAt = deps.clock.now();
    run.error = known ? (err as Error).message : `Unexpected error: ${(err as Error).message}`;
    await sem.flush();
    if (known) log.warn({ event: 'letzshop_sync_failed', reason: run.error }, 'letzshop sync failed');
    else log.error({ err, event: 'letzshop_sync_failed' }, 'letzshop sync failed');
  } finally {
    clearInterval(beat);
  }
  onProgress?.(run);
  return run;
}

async function importPage(
  ctx: ImportCtx,
  page: LsShipment[],
  run: LetzshopSyncRun,
  log: Logger,
): Promise<Record<Outcome | 'failed', number>> {
  const counts = { created: 0, updated: 0, unchanged: 0, waiting: 0, failed: 0 };
  // Shipments the adapter could not map (e.g. an unknown country) fail alone, with their reason.
  for (const s of page.filter((x) => x.problem)) {
    counts.failed += 1;
    if (run.problems.length < MAX_PROBLEMS) run.problems = [...run.problems, `${s.number}: ${s.problem}`];
    log.warn({ shipmentId: s.id, problem: s.problem }, 'letzshop shipment not imported');
  }
  const shipments = page.filter((x) => !x.problem);
  if (!shipments.length) return counts;
  const rows = await ctx.em.execute<
    { id: string; external_shipment_id: string; external_fingerprint: string | null }[]
  >(
    'select id, external_shipment_id, external_fingerprint from customer_order where store_id = ? and external_shipment_id in (?)',
    [ctx.storeId, shipments.map((s) => s.id)],
  );
  const known = new Map(rows.map((r) => [r.external_shipment_id, { id: r.id, fingerprint: r.external_fingerprint }]));
  // Unchanged since the last sync (same digest of Letzshop's answer): nothing more to read or write.
  const changed = shipments.filter((s) => known.get(s.id)?.fingerprint !== s.fingerprint);
  counts.unchanged += shipments.length - changed.length;
  if (!changed.length) return counts;
  const products = await ProductMatcher.forShipments(ctx, changed);
  const fresh = changed.filter((s) => !known.has(s.id));
  let oneByOne = changed.filter((s) => known.has(s.id));
  if (fresh.length) {
    try {
      const stored = await createPage(ctx, fresh, products);
      counts.created += stored.created.length;
      counts.waiting += stored.waiting.length;
    } catch (err) {
      // Something in the page is off (or another process imported some of it): one by one, so
      // one bad shipment fails alone, with its reason.
      log.warn({ err: (err as Error).message, shipments: fresh.length }, 'page import fell back to one by one');
      oneByOne = [...fresh, ...oneByOne];
    } finally {
      ctx.em.clear();
    }
  }
  for (const s of oneByOne) {
    try {
      counts[await importShipment(ctx, s, products, known.get(s.id))] += 1;
    } catch (err) {
      counts.failed += 1;
      const problem = `${s.number}: ${(err as Error).message}`;
      if (run.problems.length < MAX_PROBLEMS) run.problems = [...run.problems, problem];
      log.error({ err, shipmentId: s.id }, 'letzshop shipment not imported');
    }
  }
  return counts;
}

/** Requests a run and executes it here (CLI, tests, in-process dispatch). */
export async function syncNow(deps: SyncDeps, storeId: string, req: SyncRequest, onProgress?: ProgressListener) {
  const { run, isNew } = await requestSync(systemContext(deps, storeId), req);
  if (!isNew) {
    throw new DomainError('SYNC_ALREADY_RUNNING', 'A Letzshop sync is already running for this store.', 'CONFLICT', {
      runId: run.id,
    });
  }
  return executeRun(deps, run.id, onProgress);
}
