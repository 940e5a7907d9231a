import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Simulator } from '@orion/letzshop-sim';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import {
  connectLetzshop,
  FAST_LETZSHOP,
  seedSimCatalogue,
  startSim,
  syncAndWait,
} from './helpers/letzshop-fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let t: TestApp;
let sim: Simulator;
let tenant: Tenant;
let owner: GqlClient;
let child: ChildProcess | null = null;

beforeAll(async () => {
  sim = await startSim({ seed: 9, shipments: 200 });
  t = await startTestApp({ ...FAST_LETZSHOP, LETZSHOP_STALE_SECONDS: '1' });
  tenant = await createTenant(t.orm, 'lsk');
  await seedSimCatalogue(t.orm, tenant.storeId, 1000);
  owner = t.client().useStore(tenant.storeId);
  await owner.login(tenant.users.owner.email, PASSWORD);
  await owner.ok(`mutation { changeTier(input: { tier: BUSINESS }) { status } }`);
  await connectLetzshop(owner, sim);
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await t?.close();
  await sim?.close();
});

const runs = () =>
  t.orm.em
    .fork()
    .execute<{ id: string; status: string; pages: number; created: number; resumed_from: string | null }[]>(
      'select id, status, pages, created, resumed_from from letzshop_sync_run where store_id = ? order by created_at',
      [tenant.storeId],
    );

it('a sync killed mid-run (SIGKILL) loses nothing and duplicates nothing: the next run carries on from its last page', async () => {
  // Slow pages, so the kill lands in the middle of the historical import.
  sim.faults.add({ kind: 'slow', delayMs: 300, count: 100, target: 'query' });
  child = spawn(
    process.execPath,
    [
      '--import',
      '@swc-node/register/esm-register',
      'src/cli.ts',
      'letzshop:sync',
      '--store',
      'store-lsk',
      '--since',
      '2020-01-01',
    ],
    {
      cwd: serverDir,
      env: {
        ...process.env,
        ...FAST_LETZSHOP,
        DATABASE_URL: t.config.DATABASE_URL,
        LOG_LEVEL: 'silent',
        NODE_ENV: 'test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const [run] = await runs();
    if (run && run.pages >= 3) break;
    if (child.exitCode !== null) throw new Error(`the CLI ended early: ${output}`);
    if (Date.now() > deadline) throw new Error(`no progress: ${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  await new Promise((r) => child!.once('exit', r));
  const [killed] = await runs();
  expect(killed!.status).toBe('running');
  expect(output).toMatch(/page \d/); // the progress bar was drawn
  const importedBefore = await count();
  expect(importedBefore).toBeGreaterThanOrEqual(killed!.created);

  // The dead run stops heart-beating; the next request takes over from its resume point.
  await new Promise((r) => setTimeout(r, 1100));
  sim.faults.clear();
  const next = await syncAndWait(owner, { kind: 'HISTORICAL', since: '2020-01-01T00:00:00.000Z' });
  expect(next).toMatchObject({ status: 'SUCCEEDED', waiting: 0, failed: 0 });
  const all = await runs();
  expect(all[0]!.status).toBe('interrupted');
  expect(all[1]!.resumed_from).toBe(all[0]!.id);
  expect(next.pages).toBeLessThan(10); // 200 shipments = 10 pages; it did not start over
  expect(await count()).toBe(200);
  expect(await count(true)).toBe(200);
}, 120_000); // a child process to start, slow pages on purpose, a stale heartbeat to wait out

async function count(distinct = false) {
  const [row] = await t.orm.em
    .fork()
    .execute<{ n: number }[]>(
      `select count(${distinct ? 'distinct external_shipment_id' : '*'})::int as n from customer_order where store_id = ?`,
      [tenant.storeId],
    );
  return row!.n;
}

it('a live run busy on one slow page (Letzshop asked to wait) is not taken for a dead one', async () => {
  const { waitForRun } = await import('./helpers/letzshop-fixtures.js');
  sim.faults.add({ kind: 'http429', retryAfterSeconds: 3, target: 'query' });
  const a = await owner.ok('mutation { startLetzshopSync { id } }');
  await new Promise((r) => setTimeout(r, 2000)); // past LETZSHOP_STALE_SECONDS (1 s here)
  const b = await owner.ok('mutation { startLetzshopSync { id } }');
  expect(b.startLetzshopSync.id).toBe(a.startLetzshopSync.id);
  expect(await waitForRun(owner, a.startLetzshopSync.id)).toMatchObject({ status: 'SUCCEEDED' });
}, 60_000);
