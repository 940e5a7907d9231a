/**
 * Benchmark: the inventory page (50 stock rows with on hand / reserved / available / on order /
 * projected) on a store with 5,000 products and 2,000 open purchase order lines, against a
 * hand-written SQL floor with the same data; and reorder suggestions over the 5,000 products.
 * pnpm bench purchasing
 */
import 'reflect-metadata';
import { DefaultLogger } from '@mikro-orm/core';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createOrm } from '../src/db/orm.js';
import { createLogger } from '../src/logger.js';
import { benchDatabase, createBenchStore, fmt, percentile } from './bench-db.js';

const PRODUCTS = 5_000;
const PO_LINES = 2_000;
const SAMPLES = 200;

const QUERY = `{ stockLevels(first: 50) { nodes { id quantity reserved available onOrder projected nextExpectedDate
  product { id sku name } location { warehouse bin } } } }`;

const FLOOR_SQL = `with page as (
    select s.id, s.product_id, s.location_id, s.quantity, s.reserved from stock_level s where s.store_id = $1 order by s.id limit 50),
  incoming as (
    select l.product_id, po.delivery_location_id, sum(l.quantity_ordered - l.quantity_received - l.quantity_short_closed)::int as on_order,
           min(po.expected_date) as next_expected
      from purchase_order_line l join purchase_order po on po.id = l.purchase_order_id
     where po.store_id = $1 and po.status in ('sent', 'partially_received') and l.product_id in (select product_id from page)
     group by 1, 2)
  select json_agg(json_build_object('id', p.id, 'quantity', p.quantity, 'reserved', p.reserved, 'available', p.quantity - p.reserved,
    'onOrder', coalesce(i.on_order, 0), 'projected', p.quantity - p.reserved + coalesce(i.on_order, 0), 'nextExpectedDate', i.next_expected,
    'product', json_build_object('id', pr.id, 'sku', pr.sku, 'name', pr.name), 'location', json_build_object('warehouse', lo.warehouse, 'bin', lo.bin))) as page
   from page p join product pr on pr.id = p.product_id join location lo on lo.id = p.location_id
   left join incoming i on i.product_id = p.product_id and i.delivery_location_id = p.location_id`;

export default async function run() {
  const db = await benchDatabase('orion_bench_purchasing');
  try {
    await measure(db.url);
  } finally {
    await db.stop();
  }
}

async function measure(dbUrl: string) {
  let queries = 0;
  let counting = false;
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: dbUrl, LOG_LEVEL: 'silent', SERVE_WEB: 'false' });
  const orm = await createOrm(dbUrl, undefined, {
    debug: ['query'],
    loggerFactory: (options) =>
      Object.assign(new DefaultLogger(options), { isEnabled: (ns: string) => counting && ns === 'query' }),
    logger: () => {
      queries += 1;
    },
  });
  await orm.migrator.up();
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const storeId = await createBenchStore(client);
  await client.query(
    `insert into store_subscription (store_id, tier, period_start, period_end) values ($1, 'professional', now() - interval '1 day', now() + interval '29 days')`,
    [storeId],
  );
  await client.query(
    `insert into product (id, store_id, sku, name, price_cents, cost_cents, vat_category)
     select gen_random_uuid(), $1, 'SKU-' || lpad(g::text, 5, '0'), 'Product ' || g, 1000, 500, 'standard' from generate_series(1, ${PRODUCTS}) g`,
    [storeId],
  );
  const loc = await client.query(
    `insert into location (id, store_id, warehouse, bin) values (gen_random_uuid(), $1, 'MAIN', 'A-1') returning id`,
    [storeId],
  );
  const locationId = loc.rows[0].id;
  await client.query(
    `insert into stock_level (id, store_id, product_id, location_id, quantity, reserved)
     select gen_random_uuid(), $1, id, $2, abs(hashtext(sku)) % 50, 0 from product where store_id = $1`,
    [storeId, locationId],
  );
  const sup = await client.query(
    `insert into supplier (id, store_id, name) values (gen_random_uuid(), $1, 'Bench supplier') returning id`,
    [storeId],
  );
  await client.query(
    `insert into supplier_product (id, store_id, supplier_id, product_id, unit_cost_cents, pack_size, min_order_quantity, preferred)
     select gen_random_uuid(), $1, $2, id, 400, 6, 6, true from product where store_id = $1`,
    [storeId, sup.rows[0].id],
  );
  await client.query(
    `insert into reorder_point (id, store_id, product_id, location_id, min_quantity, max_quantity)
     select gen_random_uuid(), $1, id, $2, 20, 60 from product where store_id = $1 and abs(hashtext(sku)) % 2 = 0`,
    [storeId, locationId],
  );
  // 200 sent orders of 10 lines: 2,000 open lines.
  await client.query(
    `insert into purchase_order (id, store_id, number, supplier_id, status, order_date, expected_date, delivery_location_id, total_cents)
     select gen_random_uuid(), $1, 'PO-2026-' || lpad(g::text, 5, '0'), $2, 'sent', current_date, current_date + (g % 20), $3, 0
       from generate_series(1, ${PO_LINES / 10}) g`,
    [storeId, sup.rows[0].id, locationId],
  );
  await client.query(
    `insert into purchase_order_line (id, store_id, purchase_order_id, position, product_id, quantity_ordered, unit_cost_cents)
     select gen_random_uuid(), $1, po.id, k, pr.id, 12, 400
       from (select id, row_number() over (order by number) n from purchase_order where store_id = $1) po
       cross join generate_series(1, 10) k
       join (select id, row_number() over (order by sku) n from product where store_id = $1) pr on pr.n = ((po.n * 10 + k) % ${PRODUCTS}) + 1`,
    [storeId],
  );
  await client.query('analyze');

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
  const gql = async (query: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-store-id': storeId },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  for (let i = 0; i < 20; i++) await gql(QUERY);
  counting = true;
  queries = 0;
  await gql(QUERY);
  const statements = queries;
  counting = false;
  const lat: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    let s = performance.now();
    await gql(QUERY);
    lat.push(performance.now() - s);
    s = performance.now();
    await client.query(FLOOR_SQL, [storeId]);
    floor.push(performance.now() - s);
  }
  lat.sort((a, b) => a - b);
  floor.sort((a, b) => a - b);
  const sugg: number[] = [];
  let n = 0;
  for (let i = 0; i < 30; i++) {
    const s = performance.now();
    const d = (await gql('{ reorderSuggestions(first: 100) { productId suggestedQuantity } }')) as {
      reorderSuggestions: unknown[];
    };
    sugg.push(performance.now() - s);
    n = d.reorderSuggestions.length;
  }
  sugg.sort((a, b) => a - b);
  const p50 = percentile(lat, 50);
  const f50 = percentile(floor, 50);
  console.log(`inventory page (50 rows with on order / projected), ${PRODUCTS} products, ${PO_LINES} open PO lines`);
  console.log(
    `  GraphQL p50 ${fmt(p50)}  p95 ${fmt(percentile(lat, 95))}; floor p50 ${fmt(f50)}; ratio ${(p50 / f50).toFixed(2)}× (goal ≤ 3×)`,
  );
  console.log(`  SQL statements per request: ${statements}`);
  console.log(
    `reorder suggestions over ${PRODUCTS} products: p50 ${fmt(percentile(sugg, 50))}  p95 ${fmt(percentile(sugg, 95))} (${n} returned, goal < 300 ms)`,
  );
  await client.end();
  await app.close();
  await orm.close();
}
