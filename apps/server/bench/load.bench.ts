/**
 * Load test: the compiled server as its own process (the shipped Node flags), autocannon against
 * it on loopback — 8, 32 and 128 concurrent connections on the orders list and on order
 * creation, 60 s each. Prints throughput, p50/p99, HTTP and GraphQL errors, and the server's
 * memory before, at its peak and after the run (idle 10 s), to see whether anything grows.
 *   pnpm bench load                      60 s per level (the figures to record)
 *   pnpm bench load --seconds=10         shorter levels (a quick look; BENCH_LOAD_SECONDS too)
 *   pnpm bench load --only=create        one endpoint (list | create); --connections=32 one level
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { createOrm, migrate } from '../src/db/orm.js';
import { benchDatabase, createBenchStore } from './bench-db.js';

const flag = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const SECONDS = Number(flag('seconds') ?? process.env.BENCH_LOAD_SECONDS ?? 60);
const LEVELS = (flag('connections') ?? process.env.BENCH_LOAD_CONNECTIONS ?? '8,32,128').split(',').map(Number);
const ONLY = flag('only');
if (!(SECONDS > 0) || LEVELS.some((c) => !(c > 0)) || (ONLY && ONLY !== 'list' && ONLY !== 'create')) {
  throw new Error('load bench: --seconds and --connections take positive numbers, --only list or create');
}
const ORDERS = 5_000;
const PRODUCTS = 200;
const CUSTOMERS = 2_000;

const here = path.dirname(fileURLToPath(import.meta.url));
/** The compiled server beside this compiled benchmark (`.bench-dist/src/main.js`). */
const MAIN = path.resolve(here, '../src/main.js');
const serverPackage = JSON.parse(fs.readFileSync(path.resolve(here, '../../package.json'), 'utf8')) as {
  config: { nodeFlags: string };
};

const LIST = `query Orders { orders(first: 50) { totalCount pageInfo { endCursor hasNextPage }
  nodes { id orderNumber status totalCents orderedAt customer { id email firstName lastName }
    lines { sku name quantity lineTotalCents } } } }`;
const CREATE = `mutation Create($i: CreateOrderInput!) { createOrder(input: $i) { order { id orderNumber totalCents } } }`;

async function seed(client: pg.Client, storeId: string) {
  await client.query(
    `insert into store_subscription (store_id, tier, period_start, period_end)
     values ($1, 'business', date_trunc('month', now()), date_trunc('month', now()) + interval '1 month')`,
    [storeId],
  );
  await client.query(
    `insert into product (id, store_id, sku, name, price_cents, cost_cents, vat_category)
     select gen_random_uuid(), $1, 'LOAD-' || g, 'Product ' || g, 500 + g * 7, 100, 'standard'
       from generate_series(1, ${PRODUCTS}) g`,
    [storeId],
  );
  await client.query(
    `insert into location (id, store_id, warehouse, bin) values (gen_random_uuid(), $1, 'MAIN', 'A-01')`,
    [storeId],
  );
  await client.query(
    `insert into stock_level (id, store_id, product_id, location_id, quantity, reserved)
     select gen_random_uuid(), $1, p.id, l.id, 10000000, 0 from product p, location l
      where p.store_id = $1 and l.store_id = $1`,
    [storeId],
  );
  await client.query(
    `insert into customer (id, store_id, email, first_name, last_name)
     select gen_random_uuid(), $1, 'load' || g || '@example.lu', 'First' || g, 'Last' || g
       from generate_series(1, ${CUSTOMERS}) g`,
    [storeId],
  );
  const addr = `'{"firstName":"A","lastName":"B","street":"Rue","postalCode":"L-1","city":"Lux","country":"LU"}'::jsonb`;
  await client.query(
    `insert into customer_order (id, store_id, order_number, channel, status, customer_id, customer_snapshot,
        shipping_address, billing_address, subtotal_cents, tax_cents, total_cents, ordered_at)
     select gen_random_uuid(), $1, g, 'direct', 'delivered', c.id,
            jsonb_build_object('email', c.email, 'name', c.first_name, 'locale', 'fr'), ${addr}, ${addr},
            1000, 145, 1000, now() - (g * interval '1 minute')
       from generate_series(1, ${ORDERS}) g
       join (select id, email, first_name, row_number() over (order by email) n from customer where store_id = $1) c
         on c.n = 1 + g % ${CUSTOMERS}`,
    [storeId],
  );
  await client.query(
    `insert into order_line (id, store_id, order_id, position, product_id, sku, name, unit_price_cents, vat_category, quantity, line_total_cents, external_item_ids)
     select gen_random_uuid(), $1, o.id, 1, p.id, p.sku, p.name, 1000, 'standard', 1, 1000, '[]'::jsonb
       from customer_order o
       join (select id, sku, name, row_number() over (order by sku) n from product where store_id = $1) p
         on p.n = 1 + o.order_number % ${PRODUCTS}
      where o.store_id = $1`,
    [storeId],
  );
  // The sequence continues after the seeded orders; the kept count matches the rows.
  await client.query(`insert into store_counter (store_id, name, last_value) values ($1, 'order', ${ORDERS})`, [
    storeId,
  ]);
  await client.query('vacuum analyze');
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** Resident memory of a process in MiB, from /proc (Linux). */
const rssMiB = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
};

async function startServer(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...serverPackage.config.nodeFlags.split(' '), MAIN], {
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
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      // e.g. --cpu-prof --cpu-prof-dir=/tmp/prof, to profile the server under load
      NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (const end = Date.now() + 60_000; Date.now() < end; ) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start');
}

interface Row {
  what: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  graphqlErrors: number;
  requests: number;
}

function blast(
  url: string,
  headers: Record<string, string>,
  what: string,
  connections: number,
  body: () => string,
  seconds = SECONDS,
): Promise<Row> {
  let graphqlErrors = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        connections,
        duration: seconds,
        headers: { 'content-type': 'application/json', ...headers },
        requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
        setupClient: (client) => {
          client.on('body', (b: Buffer) => {
            if (b.includes('"errors"')) graphqlErrors++;
          });
        },
      },
      (err, r) => {
        if (err) return reject(err);
        resolve({
          what,
          connections,
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          non2xx: r.non2xx,
          errors: r.errors + r.timeouts,
          graphqlErrors,
          requests: r.requests.total,
        });
      },
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

export default async function run() {
  const db = await benchDatabase('orion_bench_load');
  let server: { url: string; child: ChildProcess } | null = null;
  try {
    const orm = await createOrm(db.url);
    await migrate(orm);
    await orm.close();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const storeId = await createBenchStore(client);
    await seed(client, storeId);
    const customers = (
      await client.query<{ id: string }>('select id from customer where store_id = $1 order by email', [storeId])
    ).rows.map((r) => r.id);
    const products = (
      await client.query<{ id: string }>('select id from product where store_id = $1 order by sku', [storeId])
    ).rows.map((r) => r.id);
    await client.end();
    // Samples, during each level, how many of the server's connections wait for a lock (the
    // store's counter rows): the share of time writers queue behind each other.
    const watcher = new pg.Client({ connectionString: db.url });
    await watcher.connect();

    server = await startServer(db.url);
    const login = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { login(input: { email: "bench@orion.test", password: "bench-password" }) { me { user { id } } } }',
      }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const headers = { cookie, 'x-store-id': storeId };
    const pid = server.child.pid!;

    let n = 0;
    const listBody = JSON.stringify({ query: LIST });
    const createBody = () => {
      n += 1;
      return JSON.stringify({
        query: CREATE,
        variables: {
          i: {
            customerId: customers[n % customers.length],
            shippingAddress: {
              firstName: 'Léa',
              lastName: 'Muller',
              street: 'Rue de la Gare',
              streetNumber: '12',
              postalCode: 'L-1616',
              city: 'Luxembourg',
              country: 'LU',
            },
            lines: [{ productId: products[n % products.length], quantity: 1 }],
          },
        },
      });
    };

    // Warm-up (JIT, pools), then the baseline memory.
    await blast(server.url, headers, 'warm-up', 8, () => listBody, 5);
    const before = rssMiB(pid);
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMiB(pid));
    }, 250);

    const rows: Row[] = [];
    const endpoints = [
      ['list', 'orders list (page of 50)', () => listBody],
      ['create', 'createOrder', createBody],
    ] as const;
    for (const [key, what, body] of endpoints) {
      if (ONLY && ONLY !== key) continue;
      for (const c of LEVELS) {
        let samples = 0;
        let waiting = 0;
        let active = 0;
        const waits = new Map<string, number>();
        const lockSampler = setInterval(async () => {
          const r = await watcher.query<{ w: number; a: number; q: string[] | null }>(
            `select count(*) filter (where wait_event_type = 'Lock')::int w, count(*) filter (where state = 'active')::int a,
                    array_agg(wait_event || ' ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 60)) filter (where wait_event_type = 'Lock') q
               from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
          );
          samples += 1;
          waiting += r.rows[0]!.w;
          active += r.rows[0]!.a;
          for (const q of r.rows[0]!.q ?? []) waits.set(q, (waits.get(q) ?? 0) + 1);
        }, 100);
        const row = await blast(server.url, headers, what, c, body);
        clearInterval(lockSampler);
        rows.push(row);
        if (process.env.BENCH_SHOW_WAITS) {
          for (const [q, k] of [...waits].sort((a, b) => b[1] - a[1]).slice(0, 4)) console.log(`    ${k}× ${q}`);
        }
        console.log(
          `${what.padEnd(26)} ${String(c).padStart(3)} conn: ${row.rps.toFixed(0).padStart(5)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  ` +
            `${row.requests} requests, ${row.non2xx} non-2xx, ${row.errors} socket errors/timeouts, ${row.graphqlErrors} GraphQL errors; ` +
            `database: ${(active / Math.max(1, samples)).toFixed(1)} statements running, ${(waiting / Math.max(1, samples)).toFixed(1)} waiting for a lock (mean)`,
        );
      }
    }
    clearInterval(sampler);
    await new Promise((r) => setTimeout(r, 10_000));
    const after = rssMiB(pid);
    console.log(
      `server RSS: ${before.toFixed(0)} MiB after warm-up → peak ${peak.toFixed(0)} MiB → ${after.toFixed(0)} MiB 10 s after the run`,
    );
    const bad = rows.filter((r) => r.non2xx || r.errors || r.graphqlErrors);
    const at32 = rows.filter((r) => r.connections === 32);
    console.log(
      `goals: 0 errors — ${bad.length ? `NOT met (${bad.map((r) => `${r.what} @${r.connections}`).join(', ')})` : 'met'}; ` +
        `p99 < 250 ms at 32 connections — ${at32.every((r) => r.p99 < 250) ? 'met' : 'NOT met'} (${at32.map((r) => `${r.what}: ${r.p99} ms`).join(', ')})`,
    );
    await watcher.end();
  } finally {
    server?.child.kill('SIGTERM');
    await db.stop();
  }
}
