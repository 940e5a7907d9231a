import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE, createSimulator, DEFAULT_API_KEY } from '@orion/letzshop-sim';
import { loadConfig } from '../src/config.js';
import { createOrm, migrate } from '../src/db/orm.js';
import { systemContext } from '../src/core/system-context.js';
import { createLogger } from '../src/logger.js';
import { Product } from '../src/modules/catalog/product.entity.js';
import { simCatalogueProduct } from '../src/modules/demo/sim-catalogue.js';
import { InventoryReason } from '../src/modules/inventory/inventory-transaction.entity.js';
import { InventoryService } from '../src/modules/inventory/inventory.service.js';
import { sealLetzshopKey } from '../src/modules/letzshop/letzshop-connection.js';
import { LetzshopSettings } from '../src/modules/letzshop/letzshop-settings.entity.js';
import { SubscriptionService } from '../src/modules/subscriptions/subscription.service.js';
import { Tier } from '../src/modules/subscriptions/tiers.js';
import { Merchant } from '../src/modules/tenancy/merchant.entity.js';
import { Store } from '../src/modules/tenancy/store.entity.js';
import { benchDatabase } from './bench-db.js';

const SHIPMENTS = Number(process.env.BENCH_SHIPMENTS ?? 10_000);
const here = path.dirname(fileURLToPath(import.meta.url));
/**
 * The sync process gets the Node flags `pnpm orion` and `pnpm start` run with (config.nodeFlags in
 * apps/server/package.json: V8's young generation and old-space budget). BENCH_NODE_FLAGS replaces
 * them (`none`: Node's defaults, which size the heap from the machine's memory).
 */
function readNodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(here, '../../package.json'), 'utf8'));
  const flags = process.env.BENCH_NODE_FLAGS ?? String(pkg.config?.nodeFlags ?? '');
  return flags === 'none' ? [] : flags.split(/\s+/).filter(Boolean);
}
const NODE_FLAGS = readNodeFlags();

/** Runs `pnpm orion letzshop:sync` as its own process; wall time and peak RSS (VmHWM) of that process. */
async function timedSync(databaseUrl: string): Promise<{ ms: number; peakMb: number; output: string }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...NODE_FLAGS,
      path.join(here, '../src/cli.js'),
      'letzshop:sync',
      '--store',
      'bench-letzshop',
      '--since',
      '2000-01-01',
    ],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', LETZSHOP_SIM: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peakKb = 0;
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {
      // the process has ended
    }
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  clearInterval(timer);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`sync failed (${code}): ${output}`);
  return { ms, peakMb: peakKb / 1024, output };
}

export default async function run() {
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.log(`sync process Node flags: ${NODE_FLAGS.join(' ') || "(none: Node's defaults)"}`);
  const db = await benchDatabase('orion_bench_letzshop');
  const sim = createSimulator({ seed: 2026, shipments: SHIPMENTS });
  const { url } = await sim.listen(0);
  const units = sim.state.all().reduce((s, x) => s + x.inventoryUnits.length, 0);
  const config = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
  const log = createLogger(config);
  const orm = await createOrm(db.url, log);
  try {
    await migrate(orm);
    const em = orm.em.fork();
    em.setFilterParams('tenant', { storeId: null });
    const merchant = em.create(Merchant, {
      legalName: 'Bench Sàrl',
      addressLine: '1, rue du Bench',
      postalCode: 'L-1111',
      city: 'Luxembourg',
      country: 'LU',
    });
    const store = em.create(Store, { merchant, name: 'Bench Letzshop', slug: 'bench-letzshop' });
    await em.flush();
    const ctx = systemContext({ orm, config, log }, store.id);
    await new SubscriptionService().changeTier(ctx, Tier.BUSINESS);
    const inventory = new InventoryService();
    const shelf = await inventory.createLocation(ctx, { warehouse: 'MAIN', bin: 'A-01' });
    for (const c of CATALOGUE) {
      const p = ctx.em.create(Product, simCatalogueProduct(store.id, c));
      await ctx.em.flush();
      await inventory.adjust(ctx, {
        productId: p.id,
        locationId: shelf.id,
        reason: InventoryReason.RECEIVED,
        quantity: 100_000,
      });
    }
    ctx.em.create(LetzshopSettings, {
      store: store.id,
      apiKeySealed: sealLetzshopKey(DEFAULT_API_KEY, store.id, url, config),
      apiKeyLast4: DEFAULT_API_KEY.slice(-4),
      endpointUrl: url,
    });
    await ctx.em.flush();

    console.log(
      `simulator: ${SHIPMENTS} shipments, ${units} units (${(units / SHIPMENTS).toFixed(2)} per shipment), pages of 100`,
    );
    const first = await timedSync(db.url);
    const [counts] = await orm.em
      .fork()
      .execute<{ orders: number; lines: number }[]>(
        `select (select count(*)::int from customer_order) as orders, (select count(*)::int from order_line) as lines`,
      );
    console.log(
      `first import:     ${(first.ms / 1000).toFixed(1)} s, peak RSS ${first.peakMb.toFixed(0)} MB → ${counts!.orders} orders, ${counts!.lines} lines (${Math.round((SHIPMENTS / first.ms) * 1000)} shipments/s)`,
    );
    const again = await timedSync(db.url);
    console.log(`unchanged re-sync: ${(again.ms / 1000).toFixed(1)} s, peak RSS ${again.peakMb.toFixed(0)} MB`);
    console.log(
      `re-sync speed-up: ${(first.ms / again.ms).toFixed(1)}× (goal ≥ 5×); first import goal < 60 s and < 300 MB`,
    );
    const last = again.output.trim().split('\n').pop();
    console.log(`CLI said: ${last}`);
  } finally {
    await orm.close();
    await sim.close();
    await db.stop();
  }
}
