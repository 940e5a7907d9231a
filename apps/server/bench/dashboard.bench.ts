/**
 * Benchmark: the merchant dashboard's whole query (every KPI with the previous period, a 30-day
 * daily series, top 10 products, the store table) over HTTP for 30 days, 12 and 24 months, on a
 * merchant with 10 stores and BENCH_DASHBOARD_ORDERS orders (default 1,000,000; about 3 lines
 * each) over two years, generated inside PostgreSQL; against the same figures computed by
 * hand-written SQL on the orders without the rollup (the naive floor).
 *   pnpm bench dashboard   (BENCH_DASHBOARD_ORDERS=200000 for a smaller run)
 */
import 'reflect-metadata';
import os from 'node:os';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createOrm } from '../src/db/orm.js';
import { createLogger } from '../src/logger.js';
import { benchDatabase, createBenchStore, fmt, percentile } from './bench-db.js';

const ORDERS = Number(process.env.BENCH_DASHBOARD_ORDERS ?? 1_000_000);
const STORES = 10;
const PRODUCTS = 300; // per store
const CUSTOMERS = 10_000; // per store
const SAMPLES = Number(process.env.BENCH_DASHBOARD_SAMPLES ?? 40);
const LAST_DAY = '2026-11-30';
const FIRST_DAY = '2024-12-01';

const QUERY = `query Dashboard($id: ID!, $p: PeriodInput!, $s: PeriodInput!) { merchant(id: $id) {
  kpis(period: $p, compareTo: PREVIOUS_PERIOD) { storeIds currencies { currency
    netSales { value previous changePercent } grossSales { value previous changePercent } vat { value previous }
    orders { value previous changePercent } units { value previous } averageOrderValue { value previous }
    refunds { value previous } refundCount { value previous } creditNotes { value previous } creditNoteCount { value previous }
    returningCustomerShare { value previous } waitingOrders { value } waitingOver48h { value }
    letzshopUnconfirmedOverdue { value } overdueInvoices { value } overdueInvoiceCount { value } lowStockProducts { value } } }
  salesSeries(period: $s, granularity: DAY) { storeId start grossCents orders }
  topProducts(period: $p, by: REVENUE, limit: 10) { productId name units grossCents }
  storeTable(period: $p, compareTo: PREVIOUS_PERIOD) { storeId currency netSales { value previous } orders { value } waitingOrders } } }`;

async function seed(client: pg.Client, merchantId: string, firstStore: string) {
  const h = (expr: string, mod: number) => `(abs(hashtext(${expr})) % ${mod})`;
  await client.query(
    `insert into store (id, merchant_id, name, slug)
     select gen_random_uuid(), $1, 'Bench ' || g, 'bench-' || g from generate_series(2, ${STORES}) g`,
    [merchantId],
  );
  await client.query(`create temp table s as select id, row_number() over (order by slug) as n from store`);
  await client.query(
    `insert into store_subscription (store_id, tier, period_start, period_end)
     select id, 'business', date_trunc('month', now()), date_trunc('month', now()) + interval '1 month' from s`,
  );
  await client.query(
    `insert into product (id, store_id, sku, name, price_cents, cost_cents, vat_category)
     select gen_random_uuid(), s.id, 'SKU-' || g, 'Product ' || g, 100 + ${h("'p' || g", 9000)}, 50, 'standard'
       from s cross join generate_series(1, ${PRODUCTS}) g`,
  );
  await client.query(
    `insert into customer (id, store_id, email, first_name, last_name, preferred_language)
     select gen_random_uuid(), s.id, 'c' || g || '@s' || s.n || '.lu', 'F', 'L', 'fr'
       from s cross join generate_series(1, ${CUSTOMERS}) g`,
  );
  await client.query(
    `create temp table c as select c.id, s.n as sn, row_number() over (partition by c.store_id order by c.email) as n
       from customer c join s on s.id = c.store_id`,
  );
  await client.query(`create index on c (sn, n)`);
  await client.query(
    `create temp table p as select p.id, p.sku, p.name, p.price_cents, s.n as sn,
            row_number() over (partition by p.store_id order by p.sku) as n from product p join s on s.id = p.store_id`,
  );
  await client.query(`create index on p (sn, n)`);
  // Bulk load without the rollup's triggers; the rollup is then backfilled as the migration does.
  await client.query(`set session_replication_role = replica`);
  const addr = `'{"firstName":"A","lastName":"B","street":"Rue","postalCode":"L-1","city":"Lux","country":"LU"}'::jsonb`;
  const span = (Date.parse(`${LAST_DAY}T22:00:00Z`) - Date.parse(`${FIRST_DAY}T00:00:00Z`)) / 1000;
  await client.query(
    `insert into customer_order (id, store_id, order_number, channel, status, customer_id, customer_snapshot,
        shipping_address, billing_address, subtotal_cents, tax_cents, total_cents, ordered_at)
     select gen_random_uuid(), s.id, g, (case when g % 3 = 0 then 'letzshop' else 'direct' end)::order_channel,
            (case when g > ${ORDERS} - 200 then 'pending' else
              (array['delivered','delivered','delivered','shipped','cancelled','refunded','delivered','delivered']::order_status[])[1 + g % 8] end),
            c.id, '{"email":"x@y.lu","name":"X","locale":"fr"}'::jsonb, ${addr}, ${addr}, 0, 0, 0,
            timestamptz '${FIRST_DAY}T00:00:00Z' + make_interval(secs => g::float8 * ${span} / ${ORDERS})
       from generate_series(1, ${ORDERS}) g
       join s on s.n = 1 + g % ${STORES}
       join c on c.sn = s.n and c.n = 1 + ${h("'c' || g", CUSTOMERS)}`,
  );
  await client.query(
    `insert into order_line (id, store_id, order_id, position, product_id, sku, name, unit_price_cents, vat_category,
        quantity, line_total_cents, external_item_ids)
     select gen_random_uuid(), o.store_id, o.id, k, p.id, p.sku, p.name, p.price_cents, 'standard', 1 + k % 2,
            p.price_cents * (1 + k % 2), '[]'::jsonb
       from customer_order o join s on s.id = o.store_id
      cross join lateral generate_series(1, 1 + ${h("'l' || o.id::text", 5)}) k
       join p on p.sn = s.n and p.n = 1 + ${h('o.id::text || k', PRODUCTS)}`,
  );
  await client.query(`update customer_order o set subtotal_cents = x.t, total_cents = x.t, tax_cents = round(x.t * 17 / 117.0)
       from (select order_id, sum(line_total_cents) t from order_line group by order_id) x where x.order_id = o.id`);
  await client.query(`set session_replication_role = origin`);
  await client.query('vacuum analyze');
  const t0 = performance.now();
  await client.query(`select sales_rollup_recount(b.store_id, b.day) from (
      select distinct store_id, (ordered_at at time zone 'Europe/Luxembourg')::date as day from customer_order) b`);
  await client.query('vacuum analyze');
  console.log(`  rollup backfilled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  void firstStore;
}

/** The naive floor: the same figures straight from the orders and lines, hand-written. */
async function naive(
  client: pg.Client,
  stores: string[],
  p: { from: string; to: string },
  prev: { from: string; to: string },
  s: { from: string; to: string },
) {
  const lu = (d: string) => `('${d}'::timestamp at time zone 'Europe/Luxembourg')`;
  const next = (d: string) => `(('${d}'::date + 1)::timestamp at time zone 'Europe/Luxembourg')`;
  const kpis = (q: { from: string; to: string }) =>
    client.query(
      `select o.currency, count(*) filter (where o.status <> 'cancelled') as orders,
              sum(o.total_cents - o.tax_cents) filter (where o.status <> 'cancelled') as net,
              sum(o.tax_cents) filter (where o.status <> 'cancelled') as vat,
              sum(o.total_cents) filter (where o.status <> 'cancelled') as gross,
              sum((select sum(quantity) from order_line l where l.order_id = o.id)) filter (where o.status <> 'cancelled') as units,
              count(*) filter (where o.status = 'refunded') as refunds, sum(o.total_cents) filter (where o.status = 'refunded') as refunded,
              count(*) filter (where o.status <> 'cancelled' and exists (select 1 from customer_order e
                 where e.customer_id = o.customer_id and e.store_id = o.store_id and (e.ordered_at, e.id) < (o.ordered_at, o.id))) as returning
         from customer_order o
        where o.store_id = any($1::uuid[]) and o.ordered_at >= ${lu(q.from)} and o.ordered_at < ${next(q.to)}
        group by o.currency`,
      [stores],
    );
  const storeTable = (q: { from: string; to: string }) =>
    client.query(
      `select store_id, currency, count(*), sum(total_cents - tax_cents) from customer_order
        where store_id = any($1::uuid[]) and status <> 'cancelled' and ordered_at >= ${lu(q.from)} and ordered_at < ${next(q.to)}
        group by store_id, currency`,
      [stores],
    );
  await kpis(p);
  await kpis(prev);
  await client.query(
    `select currency, count(*) filter (where status in ('pending','processing')),
            count(*) filter (where status in ('pending','processing') and ordered_at < now() - interval '48 hours')
       from customer_order where store_id = any($1::uuid[]) group by currency`,
    [stores],
  );
  await client.query(
    `select store_id, (ordered_at at time zone 'Europe/Luxembourg')::date, count(*), sum(total_cents)
       from customer_order where store_id = any($1::uuid[]) and status <> 'cancelled'
        and ordered_at >= ${lu(s.from)} and ordered_at < ${next(s.to)} group by 1, 2`,
    [stores],
  );
  await client.query(
    `select l.product_id, sum(l.quantity), sum(l.line_total_cents) as g from order_line l join customer_order o on o.id = l.order_id
      where o.store_id = any($1::uuid[]) and o.status <> 'cancelled' and o.ordered_at >= ${lu(p.from)} and o.ordered_at < ${next(p.to)}
        and l.product_id is not null group by 1 order by g desc limit 10`,
    [stores],
  );
  await client.query(`select count(*) from customer_order where store_id = any($1::uuid[]) group by status`, [stores]);
  await storeTable(p);
  await storeTable(prev);
}

const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export default async function run() {
  const db = await benchDatabase('orion_bench_dashboard');
  try {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, LOG_LEVEL: 'silent', SERVE_WEB: 'false' });
    const orm = await createOrm(db.url);
    await orm.migrator.up();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const firstStore = await createBenchStore(client);
    const merchantId = (await client.query('select merchant_id from store where id = $1', [firstStore])).rows[0]
      .merchant_id;
    const t0 = performance.now();
    await seed(client, merchantId, firstStore);
    const counts = await client.query(
      `select (select count(*) from customer_order) o, (select count(*) from order_line) l, (select count(*) from store_sales_day) r,
              (select count(*) from store_product_sales_day) pr`,
    );
    const c = counts.rows[0];
    console.log(
      `seeded ${c.o} orders, ${c.l} lines in ${STORES} stores in ${((performance.now() - t0) / 1000).toFixed(1)} s; rollup ${c.r} store-days, ${c.pr} product-days`,
    );
    const stores = (await client.query('select id from store order by slug')).rows.map((r) => r.id as string);

    const app = await createApp({ config, orm, log: createLogger({ LOG_LEVEL: 'silent', LOG_PRETTY: false }) });
    const { url } = await app.listen(0, '127.0.0.1');
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { login(input: { email: "bench@orion.test", password: "bench-password" }) { me { user { id } } } }',
      }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const series = { from: addDays(LAST_DAY, -29), to: LAST_DAY };
    const request = async (p: { from: string; to: string }) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: QUERY, variables: { id: merchantId, p, s: series } }),
      });
      const body = (await res.json()) as { data?: { merchant: { kpis: { storeIds: string[] } } }; errors?: unknown };
      if (body.data?.merchant.kpis.storeIds.length !== STORES)
        throw new Error(`bad answer: ${JSON.stringify(body).slice(0, 400)}`);
    };

    console.log(
      `\nmerchant dashboard — whole query over HTTP vs naive SQL (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''})`,
    );
    for (const [label, days] of [
      ['30 days', 30],
      ['12 months', 365],
      ['24 months', 730],
    ] as const) {
      const p = { from: addDays(LAST_DAY, -(days - 1)), to: LAST_DAY };
      const prev = { from: addDays(p.from, -days), to: addDays(p.from, -1) };
      for (let i = 0; i < 5; i++) await request(p);
      await naive(client, stores, p, prev, series);
      const lat: number[] = [];
      const floor: number[] = [];
      const naiveSamples = Math.max(5, Math.round(SAMPLES / 4));
      for (let i = 0; i < SAMPLES; i++) {
        let s = performance.now();
        await request(p);
        lat.push(performance.now() - s);
        if (i < naiveSamples) {
          s = performance.now();
          await naive(client, stores, p, prev, series);
          floor.push(performance.now() - s);
        }
      }
      lat.sort((a, b) => a - b);
      floor.sort((a, b) => a - b);
      console.log(
        `  ${label.padEnd(9)}  GraphQL p50 ${fmt(percentile(lat, 50))}  p95 ${fmt(percentile(lat, 95))} (${SAMPLES})   naive SQL p50 ${fmt(percentile(floor, 50))}  p95 ${fmt(percentile(floor, 95))} (${floor.length})   naive/GraphQL p50 ${(percentile(floor, 50) / percentile(lat, 50)).toFixed(1)}×`,
      );
    }
    await client.end();
    await app.close();
    await orm.close();
  } finally {
    await db.stop();
  }
}
