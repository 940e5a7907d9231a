import crypto from 'node:crypto';
/**
 * Benchmark: the `orders` query (page of 50 with customer and lines) over HTTP on a store with
 * 50,000 orders (1–5 lines), 5,000 products and 20,000 customers, against a hand-written SQL
 * query that returns the same data as JSON (the floor). Prints p50/p95, req/s with 8 concurrent
 * clients, and SQL statements per request.   pnpm bench   (or: pnpm --filter @orion/server bench)
 */
import 'reflect-metadata';
import os from 'node:os';
import { DefaultLogger } from '@mikro-orm/core';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { displayForm, hashApiKey, newApiKey } from '../src/modules/auth/api-key-auth.js';
import { loadConfig } from '../src/config.js';
import { createOrm } from '../src/db/orm.js';
import { createLogger } from '../src/logger.js';
import { benchDatabase, createBenchStore, fmt, percentile } from './bench-db.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 50_000);
const PRODUCTS = 5_000;
const CUSTOMERS = 20_000;
const SAMPLES = 300;
const CONCURRENCY = 8;
const DURATION_MS = 10_000;

const QUERY = `query Orders($after: String) { orders(first: 50, after: $after) {
  totalCount pageInfo { endCursor hasNextPage }
  nodes { id orderNumber status channel totalCents taxCents orderedAt customerSnapshot { email name }
    customer { id email firstName lastName totalOrders totalSpentCents }
    lines { sku name quantity unitPriceCents lineTotalCents } } } }`;

/** Deterministic data, generated inside Postgres (hash-based pseudo-random, no RNG state). */
async function seed(client: pg.Client, storeId: string) {
  const h = (expr: string, mod: number) => `(abs(hashtext(${expr})) % ${mod})`;
  await client.query(
    `insert into product (id, store_id, sku, gtin, name, price_cents, cost_cents, vat_category)
    select gen_random_uuid(), $1, 'SKU-' || lpad(g::text, 5, '0'), null, 'Product ' || g,
           100 + ${h("'p' || g", 20000)}, 50, (array['standard','reduced','super_reduced','standard']::vat_category[])[1 + g % 4]
      from generate_series(1, ${PRODUCTS}) g`,
    [storeId],
  );
  await client.query(
    `insert into customer (id, store_id, email, first_name, last_name, preferred_language)
    select gen_random_uuid(), $1, 'customer' || g || '@example.lu', 'First' || g, 'Last' || g,
           (array['en','fr','de','lb']::customer_language[])[1 + g % 4]
      from generate_series(1, ${CUSTOMERS}) g`,
    [storeId],
  );
  await client.query(
    `create temp table c as select id, row_number() over (order by email) as n from customer where store_id = $1`,
    [storeId],
  );
  await client.query(
    `create temp table p as select id, sku, name, price_cents, vat_category, row_number() over (order by sku) as n from product where store_id = $1`,
    [storeId],
  );
  const addr = `'{"firstName":"A","lastName":"B","street":"Rue","postalCode":"L-1","city":"Lux","country":"LU"}'::jsonb`;
  await client.query(
    `insert into customer_order (id, store_id, order_number, channel, status, customer_id, customer_snapshot,
        shipping_address, billing_address, subtotal_cents, tax_cents, total_cents, ordered_at)
    select (lpad(to_hex(extract(epoch from ts)::bigint * 1000), 12, '0') || '7' || substr(md5(g::text), 1, 19))::uuid,
           $1, g, (case when g % 3 = 0 then 'letzshop' else 'direct' end)::order_channel,
           (array['pending','processing','shipped','delivered','cancelled']::order_status[])[1 + g % 5],
           c.id, jsonb_build_object('email', 'customer' || c.n || '@example.lu', 'name', 'First' || c.n, 'locale', 'fr'),
           ${addr}, ${addr}, 0, 0, 0, ts
      from generate_series(1, ${ORDERS}) g
      cross join lateral (select timestamp '2025-01-01' + (g * interval '10 minutes') as ts) t
      join c on c.n = 1 + ${h("'c' || g", CUSTOMERS)}`,
    [storeId],
  );
  await client.query(
    `insert into order_line (id, store_id, order_id, position, product_id, sku, name, unit_price_cents, vat_category, quantity, line_total_cents, external_item_ids)
    select gen_random_uuid(), $1, o.id, k, p.id, p.sku, p.name, p.price_cents, p.vat_category, 1 + k % 3, p.price_cents * (1 + k % 3), '[]'::jsonb
      from customer_order o
      cross join lateral generate_series(1, 1 + ${h("'l' || o.order_number", 5)}) k
      join p on p.n = 1 + ${h("o.order_number::text || '-' || k", PRODUCTS)}
     where o.store_id = $1`,
    [storeId],
  );
  await client.query(`update customer_order o set subtotal_cents = s.t, total_cents = s.t, tax_cents = s.t * 17 / 117
      from (select order_id, sum(line_total_cents) t from order_line group by order_id) s where s.order_id = o.id`);
  // As autovacuum would after a bulk load (the update above leaves 50,000 dead rows): otherwise it
  // starts at an arbitrary moment of the run, and plans (e.g. an index-only count) change mid-way.
  await client.query('vacuum analyze');
}

/** The floor: the same page as one hand-written SQL statement returning JSON. */
const FLOOR_SQL = `select coalesce(json_agg(x order by x."orderedAt" desc, x.id desc), '[]') as page from (
  select o.id, o.order_number as "orderNumber", o.status, o.channel, o.total_cents as "totalCents", o.tax_cents as "taxCents",
         o.ordered_at as "orderedAt", o.customer_snapshot as "customerSnapshot",
         json_build_object('id', c.id, 'email', c.email, 'firstName', c.first_name, 'lastName', c.last_name,
                           'totalOrders', c.total_orders, 'totalSpentCents', c.total_spent_cents) as customer,
         (select json_agg(json_build_object('sku', l.sku, 'name', l.name, 'quantity', l.quantity,
                 'unitPriceCents', l.unit_price_cents, 'lineTotalCents', l.line_total_cents) order by l.position)
            from order_line l where l.order_id = o.id) as lines
    from customer_order o join customer c on c.id = o.customer_id
   where o.store_id = $1 order by o.ordered_at desc, o.id desc limit 50) x`;

/** What counting the store's orders would cost (the list reads the kept count instead). */
const COUNT_SQL = 'select count(*)::int as n from customer_order where store_id = $1';

/**
 * The floor for exactly the data the GraphQL query returns: the page, `totalCount` and
 * `pageInfo` (51 rows read to know whether there is a next page), in one statement. The count
 * comes from the store's kept order count, as the best hand-written query would take it.
 */
const FULL_FLOOR_SQL = `with p as (
  select o.id, o.order_number as "orderNumber", o.status, o.channel, o.total_cents as "totalCents", o.tax_cents as "taxCents",
         o.ordered_at as "orderedAt", o.customer_snapshot as "customerSnapshot",
         json_build_object('id', c.id, 'email', c.email, 'firstName', c.first_name, 'lastName', c.last_name,
                           'totalOrders', c.total_orders, 'totalSpentCents', c.total_spent_cents) as customer,
         (select json_agg(json_build_object('sku', l.sku, 'name', l.name, 'quantity', l.quantity,
                 'unitPriceCents', l.unit_price_cents, 'lineTotalCents', l.line_total_cents) order by l.position)
            from order_line l where l.order_id = o.id) as lines,
         row_number() over (order by o.ordered_at desc, o.id desc) as n
    from customer_order o join customer c on c.id = o.customer_id
   where o.store_id = $1 order by o.ordered_at desc, o.id desc limit 51)
  select json_build_object(
    'totalCount', (select orders from store_order_count where store_id = $1),
    'pageInfo', json_build_object('hasNextPage', (select count(*) > 50 from p),
                                  'endCursor', (select id from p where n = 50)),
    'nodes', (select coalesce(json_agg(p order by p.n), '[]') from p where p.n <= 50)) as page`;

export default async function run() {
  const db = await benchDatabase('orion_bench_orders');
  try {
    await measure(db.url);
  } finally {
    await db.stop();
  }
}

async function measure(dbUrl: string) {
  const db = { url: dbUrl };
  let queries = 0;
  let counting = false;
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, LOG_LEVEL: 'silent', SERVE_WEB: 'false' });
  // Queries are logged (and counted) only around the one counted request: the server does not log
  // each query in production, and formatting the log lines would be timed with GraphQL.
  const orm = await createOrm(db.url, undefined, {
    debug: ['query'],
    loggerFactory: (options) =>
      Object.assign(new DefaultLogger(options), {
        isEnabled: (namespace: string) => counting && namespace === 'query',
      }),
    logger: (message: string) => {
      queries += 1;
      if (process.env.BENCH_SHOW_SQL) console.log(message.slice(0, 300));
    },
  });
  await orm.migrator.up();
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const storeId = await createBenchStore(client);
  const t0 = performance.now();
  await seed(client, storeId);
  const counts = await client.query(
    `select (select count(*) from customer_order) o, (select count(*) from order_line) l`,
  );
  console.log(
    `seeded ${counts.rows[0].o} orders, ${counts.rows[0].l} lines, ${PRODUCTS} products, ${CUSTOMERS} customers in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

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
  // An API key of the store (all read scopes), to compare a key request with a session's.
  const secret = newApiKey();
  const keyId = crypto.randomUUID();
  await client.query(
    `insert into api_key (id, store_id, name, scopes, key_hash, display_form, created_by_id)
     select $4::uuid, $1, 'bench', array['ORDERS_READ', 'CUSTOMERS_READ'], $2, $3, id
       from app_user where email = 'bench@orion.test'`,
    [storeId, hashApiKey(config.API_KEY_SECRET, secret), displayForm(secret), keyId],
  );
  // Back-to-back key requests would drain the key's bucket (that is its job); it is filled up
  // between samples, outside the timed part, so the limiter's work is measured, not its refusals.
  const refill = () => client.query(`update rate_bucket set available = capacity where subject = $1`, [`key:${keyId}`]);
  const byKey = { 'content-type': 'application/json', authorization: `Bearer ${secret}` };
  const bySession = { 'content-type': 'application/json', cookie, 'x-store-id': storeId };
  const request = async (headers: Record<string, string> = bySession) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await res.json()) as { data?: { orders: { nodes: unknown[] } }; errors?: unknown };
    if (body.data?.orders.nodes.length !== 50)
      throw new Error(`bad answer (${res.status}): ${JSON.stringify(body).slice(0, 300)}`);
  };

  for (let i = 0; i < 30; i++) {
    await request(); // warm-up
    await refill();
    await request(byKey);
  }
  counting = true;
  queries = 0;
  await request();
  const statements = queries;
  counting = false;

  // GraphQL requests and floor queries alternate, so both see the same load on a shared machine.
  for (let i = 0; i < 30; i++) await client.query(FLOOR_SQL, [storeId]);
  const lat: number[] = [];
  const floor: number[] = [];
  const count: number[] = [];
  const full: number[] = [];
  const keyed: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    let s = performance.now();
    await request();
    lat.push(performance.now() - s);
    await refill();
    s = performance.now();
    await request(byKey);
    keyed.push(performance.now() - s);
    s = performance.now();
    const r = await client.query(FLOOR_SQL, [storeId]);
    if (r.rows[0].page.length !== 50) throw new Error('floor query returned a wrong page');
    floor.push(performance.now() - s);
    s = performance.now();
    await client.query(COUNT_SQL, [storeId]);
    count.push(performance.now() - s);
    s = performance.now();
    const f = await client.query(FULL_FLOOR_SQL, [storeId]);
    if (f.rows[0].page.nodes.length !== 50) throw new Error('full floor query returned a wrong page');
    full.push(performance.now() - s);
  }
  full.sort((a, b) => a - b);
  keyed.sort((a, b) => a - b);
  lat.sort((a, b) => a - b);
  floor.sort((a, b) => a - b);
  count.sort((a, b) => a - b);

  let done = 0;
  const until = performance.now() + DURATION_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        await request();
        done += 1;
      }
    }),
  );
  const rps = done / (DURATION_MS / 1000);

  const p50 = percentile(lat, 50);
  const f50 = percentile(floor, 50);
  console.log(
    `\norders query — page of 50 with customer and lines, over HTTP (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''})`,
  );
  console.log(`  GraphQL  p50 ${fmt(p50)}  p95 ${fmt(percentile(lat, 95))}  (${SAMPLES} sequential requests)`);
  console.log(`  GraphQL  ${rps.toFixed(1)} req/s with ${CONCURRENCY} concurrent clients (${DURATION_MS / 1000} s)`);
  console.log(`  SQL statements per request: ${statements} (incl. session and membership checks; goal ≤ 6)`);
  console.log(`  floor (one hand-written SQL → JSON)  p50 ${fmt(f50)}  p95 ${fmt(percentile(floor, 95))}`);
  console.log(
    `  (for reference: count(*) of the store's orders p50 ${fmt(percentile(count, 50))}; totalCount reads the kept count instead)`,
  );
  console.log(`  ratio GraphQL p50 / floor p50: ${(p50 / f50).toFixed(2)}× (page only)`);
  const k50 = percentile(keyed, 50);
  console.log(
    `  with an API key  p50 ${fmt(k50)}  p95 ${fmt(percentile(keyed, 95))}  (${(k50 / f50).toFixed(2)}× floor; key − session p50 ${fmt(k50 - p50)}; both pass the leaky bucket)`,
  );
  const ff50 = percentile(full, 50);
  console.log(
    `  floor with the same data as the GraphQL answer (page + totalCount + pageInfo, one statement)  p50 ${fmt(ff50)}  p95 ${fmt(percentile(full, 95))}`,
  );
  console.log(`  ratio GraphQL p50 / same-data floor p50: ${(p50 / ff50).toFixed(2)}× (goal ≤ 2×)`);

  await client.end();
  await app.close();
  await orm.close();
}
