import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Simulator } from '@orion/letzshop-sim';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOrm, type MikroORM } from '../src/db/orm.js';
import { ADDRESS } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import { GqlClient } from './helpers/gql-client.js';
import { connectLetzshop, seedSimCatalogue, startSim, waitForRun } from './helpers/letzshop-fixtures.js';

/**
 * Two Orion server processes on one PostgreSQL (the DATABASE_URL path, as behind a load
 * balancer): what one process knows the other knows, numbers stay gap-free across both, a
 * Letzshop sync is run once, and pg-boss runs each scheduled job once.
 */
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

interface Instance {
  url: string;
  child: ChildProcess;
  output: string[];
}

async function startInstance(databaseUrl: string, extra: Record<string, string> = {}): Promise<Instance> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const output: string[] = [];
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
      cwd: serverDir,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        HOST: '127.0.0.1',
        PORT: String(port),
        SERVE_WEB: 'false',
        SEED_DEMO: 'false',
        LETZSHOP_SIM: 'false',
        VIES_URL: 'off',
        JOBS_ENABLED: 'true',
        LOG_LEVEL: 'warn',
        ...extra,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => output.push(String(d)));
    child.stderr!.on('data', (d) => output.push(String(d)));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    let up = false;
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        if ((await fetch(`${url}/healthz`)).ok) {
          up = true;
          break;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    if (up) return { url, child, output };
    child.kill('SIGKILL');
    // Another process may have taken the port between the probe and the bind: try another one.
    if (attempt < 3 && output.join('').includes('EADDRINUSE')) continue;
    throw new Error(`Orion did not start:\n${output.join('')}`);
  }
}

async function stopInstance(i: Instance | undefined) {
  if (!i || i.child.exitCode !== null) return;
  const exited = new Promise((r) => i.child.once('exit', r));
  i.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (i.child.exitCode === null) i.child.kill('SIGKILL');
}

async function emptyDatabase(template?: string): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const dbName = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}${template ? ` template ${template}` : ''}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
}

it('two processes started at once on an empty database: one applies the migrations, both come up', async () => {
  const url = await emptyDatabase();
  const both = await Promise.allSettled([startInstance(url), startInstance(url)]);
  try {
    expect(both.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('select name, count(*)::int as n from mikro_orm_migrations group by name');
    await client.end();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  } finally {
    await Promise.all(both.map((r) => (r.status === 'fulfilled' ? stopInstance(r.value) : undefined)));
  }
}, 180_000);

describe('two server processes on one PostgreSQL', () => {
  let databaseUrl: string;
  let orm: MikroORM;
  let sim: Simulator;
  let a: Instance;
  let b: Instance;
  let tenant: Tenant;
  let skus: Map<string, string>;

  beforeAll(async () => {
    databaseUrl = await emptyDatabase('orion_template');
    orm = await createOrm(databaseUrl);
    tenant = await createTenant(orm, 'multi');
    skus = await seedSimCatalogue(orm, tenant.storeId, 10_000);
    await orm.em.fork().execute(
      `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'business', now(), now() + interval '1 month')
         on conflict (store_id) do update set tier = 'business'`,
      [tenant.storeId],
    );
    sim = await startSim({ seed: 11, shipments: 60 });
    // Started one after the other: both apply the (already applied) migrations and start pg-boss.
    a = await startInstance(databaseUrl);
    b = await startInstance(databaseUrl);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await sim?.close();
    await orm?.close();
  });

  const signedIn = async (i: Instance, role: keyof Tenant['users'] = 'owner') => {
    const c = new GqlClient(i.url).useStore(tenant.storeId);
    await c.login(tenant.users[role].email, PASSWORD);
    return c;
  };

  it('a session made on one process is valid on the other, and signing out there ends it on both', async () => {
    const onA = await signedIn(a, 'staff');
    const onB = new GqlClient(b.url).useStore(tenant.storeId);
    onB.cookie = onA.cookie;
    const me = await onB.ok<{ me: { user: { email: string } } }>('{ me { user { email } } }');
    expect(me.me.user.email).toBe(tenant.users.staff.email);
    await onB.ok('mutation { logout }');
    const after = await onA.raw('{ me { user { email } } }');
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('order and invoice numbers stay gap-free and distinct with both processes writing at once', async () => {
    await (await signedIn(a)).ok(
      `mutation($i: UpdateInvoiceSettingsInput!) { updateInvoiceSettings(input: $i) { vatNumber } }`,
      { i: { vatNumber: 'LU 2637 5245', iban: 'LU28 0019 4006 4475 0000', bic: 'BCEELULL', rcsNumber: 'B123456' } },
    );
    const clients = [await signedIn(a, 'staff'), await signedIn(b, 'staff')];
    const productId = [...skus.values()][0]!;
    const created = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        clients[n % 2]!.ok<{ createOrder: { order: { id: string; orderNumber: number } } }>(
          'mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id orderNumber } } }',
          {
            i: {
              newCustomer: { email: `multi${n}@example.lu`, firstName: 'Léa', lastName: 'Muller' },
              shippingAddress: ADDRESS,
              lines: [{ productId, quantity: 1 }],
            },
          },
        ),
      ),
    );
    const orderNumbers = created.map((r) => r.createOrder.order.orderNumber).sort((x, y) => x - y);
    expect(orderNumbers).toEqual(Array.from({ length: 40 }, (_, n) => n + 1));

    const issued = await Promise.all(
      created.map((r, n) =>
        clients[(n + 1) % 2]!.ok<{ issueInvoice: { invoice: { number: string; sequence: number } } }>(
          'mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { number sequence } } }',
          { i: { orderId: r.createOrder.order.id } },
        ),
      ),
    );
    const sequences = issued.map((r) => r.issueInvoice.invoice.sequence).sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: 40 }, (_, n) => n + 1));
    expect(new Set(issued.map((r) => r.issueInvoice.invoice.number)).size).toBe(40);
  });

  it('a Letzshop sync asked for on both processes at once is one run, executed once (no duplicate orders)', async () => {
    const onA = await signedIn(a);
    const onB = await signedIn(b);
    await connectLetzshop(onA, sim);
    const start = 'mutation { startLetzshopSync { id } }';
    const [ra, rb] = await Promise.all([
      onA.ok<{ startLetzshopSync: { id: string } }>(start),
      onB.ok<{ startLetzshopSync: { id: string } }>(start),
    ]);
    expect(ra.startLetzshopSync.id).toBe(rb.startLetzshopSync.id);
    const run = await waitForRun(onA, ra.startLetzshopSync.id, 90_000);
    expect(run.status).toBe('SUCCEEDED');
    const [counts] = await orm.em.fork().execute<{ runs: number; orders: number; shipments: number }[]>(
      `select (select count(*)::int from letzshop_sync_run where store_id = ?) as runs,
              (select count(*)::int from customer_order where store_id = ? and external_shipment_id is not null) as orders,
              (select count(distinct external_shipment_id)::int from customer_order where store_id = ?) as shipments`,
      [tenant.storeId, tenant.storeId, tenant.storeId],
    );
    expect(counts!.runs).toBe(1);
    expect(counts!.orders).toBeGreaterThan(0);
    expect(counts!.orders).toBe(counts!.shipments);
  }, 120_000);

  it('pg-boss keeps one schedule per job and runs each minute tick once, whichever process picks it up', async () => {
    const em = orm.em.fork();
    const schedules = await em.execute<{ name: string; n: number }[]>(
      'select name, count(*)::int as n from pgboss.schedule group by name order by name',
    );
    expect(schedules.map((s) => s.n)).toEqual(schedules.map(() => 1));
    expect(schedules.map((s) => s.name)).toEqual(
      expect.arrayContaining(['letzshop.autosync', 'subscriptions.roll-periods']),
    );
    // Wait for a minute tick of the auto-sync schedule (both processes are up): one job per minute.
    const deadline = Date.now() + 100_000;
    let perMinute: { minute: string; n: number }[] = [];
    while (Date.now() < deadline) {
      perMinute = await em.execute<{ minute: string; n: number }[]>(
        `select date_trunc('minute', created_on)::text as minute, count(*)::int as n
           from pgboss.job where name = 'letzshop.autosync' group by 1 order by 1`,
      );
      if (perMinute.length >= 1) break;
      await new Promise((r) => setTimeout(r, 2_000));
    }
    expect(perMinute.length).toBeGreaterThanOrEqual(1);
    expect(perMinute.every((m) => m.n === 1)).toBe(true);
  }, 120_000);
});
