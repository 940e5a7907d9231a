/**
 * Benchmark: GET /api/customers/export.csv?preset=full for 100,000 customers over HTTP on the
 * in-process server, against PostgreSQL's own `COPY (select … the same columns) TO STDOUT
 * (FORMAT csv)` read by the same process in the same run. Prints time, rows/s, the ratio to COPY
 * and the peak RSS while each runs (sampled every 10 ms).
 *   pnpm bench customer-export   BENCH_CUSTOMERS (default 100000), BENCH_EXPORT_RUNS (default 3)
 */
import 'reflect-metadata';
import os from 'node:os';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createOrm } from '../src/db/orm.js';
import { createLogger } from '../src/logger.js';
import { benchDatabase, createBenchStore } from './bench-db.js';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 3);
const MB = 1024 * 1024;

async function seed(client: pg.Client, storeId: string) {
  await client.query(
    `insert into store_subscription (store_id, tier, period_start, period_end)
       values ($1, 'professional', now(), now() + interval '1 month')
       on conflict (store_id) do update set tier = 'professional'`,
    [storeId],
  );
  await client.query(
    `insert into customer (id, store_id, email, first_name, last_name, company, phone, vat_number, is_business,
        preferred_language, is_guest, billing_address, shipping_address, total_orders, total_spent_cents,
        first_order_at, last_order_at, consent_status, consent_source, consent_changed_at, tags, created_at, updated_at)
     select gen_random_uuid(), $1, 'customer' || i || '@example.lu', 'Zoë ' || i, 'Müller', case when i % 10 = 0 then 'Firma ' || i end,
        '+352 621 ' || lpad((i % 1000000)::text, 6, '0'), null, i % 10 = 0, (array['fr','de','en','lb'])[1 + i % 4]::customer_language,
        i % 3 = 0,
        jsonb_build_object('firstName', 'Zoë', 'lastName', 'Müller', 'street', 'Rue de la Gare', 'streetNumber', (i % 200)::text,
          'postalCode', 'L-1616', 'city', 'Luxembourg', 'country', (array['LU','FR','DE','BE'])[1 + i % 4]),
        null, i % 20, (i % 20) * 2590, now() - interval '300 days', now() - (i % 300) * interval '1 day',
        (array['subscribed','unsubscribed','not_asked'])[1 + i % 3]::consent_status,
        case when i % 3 = 2 then null else 'form' end::consent_source,
        case when i % 3 = 2 then null else now() - interval '10 days' end,
        case when i % 5 = 0 then array['VIP', 'Newsletter'] else '{}' end, now(), now()
       from generate_series(1, $2::int) i`,
    [storeId, CUSTOMERS],
  );
  await client.query('analyze');
}

// The full preset's columns, computed by PostgreSQL alone (no formula neutralising, no E.164, no segments).
const copySql = (storeId: string) => `copy (
  select c.id, c.email, c.first_name, c.last_name, c.company, c.phone, c.preferred_language, c.is_business, c.vat_number,
    (select v.status from vat_check v where v.customer_id = c.id order by v.checked_at desc limit 1),
    concat_ws(' ', c.billing_address->>'street', c.billing_address->>'streetNumber'), c.billing_address->>'postalCode',
    c.billing_address->>'city', c.billing_address->>'country',
    concat_ws(' ', c.shipping_address->>'street', c.shipping_address->>'streetNumber'), c.shipping_address->>'postalCode',
    c.shipping_address->>'city', c.shipping_address->>'country',
    c.total_orders, round(c.total_spent_cents / 100.0, 2),
    case when c.total_orders > 0 then round(c.total_spent_cents / c.total_orders / 100.0, 2) else 0 end,
    c.first_order_at::date, c.last_order_at::date, c.consent_status, c.consent_changed_at::date, c.consent_source,
    array_to_string(c.tags, ', '),
    exists (select 1 from customer_order o where o.customer_id = c.id and o.external_shipment_id is not null),
    c.is_guest
  from customer c where c.store_id = '${storeId}' and c.erased_at is null order by c.id
) to stdout (format csv, header)`;

interface Result {
  ms: number;
  bytes: number;
  lines: number;
  rssBefore: number;
  rssPeak: number;
}

async function sampled(work: () => Promise<{ bytes: number; lines: number }>): Promise<Result> {
  global.gc?.();
  const rssBefore = process.memoryUsage.rss();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  }, 10);
  const s = performance.now();
  const { bytes, lines } = await work();
  const ms = performance.now() - s;
  clearInterval(sampler);
  return { ms, bytes, lines, rssBefore, rssPeak: Math.max(rssPeak, process.memoryUsage.rss()) };
}

const countLines = (chunk: Uint8Array) => {
  const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n += 1;
  return n;
};

export default async function run() {
  const db = await benchDatabase('orion_bench_customers');
  try {
    await measure(db.url);
  } finally {
    await db.stop();
  }
}

async function measure(url: string) {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, LOG_LEVEL: 'silent', SERVE_WEB: 'false' });
  const orm = await createOrm(url);
  await orm.migrator.up();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const storeId = await createBenchStore(client);
  const t0 = performance.now();
  await seed(client, storeId);
  console.log(`seeded ${CUSTOMERS} customers in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const app = await createApp({ config, orm, log: createLogger({ LOG_LEVEL: 'silent', LOG_PRETTY: false }) });
  const { url: base } = await app.listen(0, '127.0.0.1');
  const login = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation { login(input: { email: "bench@orion.test", password: "bench-password" }) { me { user { id } } } }',
    }),
  });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;

  const orion = async () => {
    const res = await fetch(`${base}/api/customers/export.csv?preset=full`, {
      headers: { cookie, 'x-store-id': storeId },
    });
    if (res.status !== 200) throw new Error(`export: HTTP ${res.status} ${await res.text()}`);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      lines += countLines(chunk);
    }
    return { bytes, lines };
  };
  const copy = async () => {
    const stream = client.query(copyTo(copySql(storeId)));
    let bytes = 0;
    let lines = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      lines += countLines(chunk);
    }
    return { bytes, lines };
  };

  await orion(); // warm-up (JIT, pool, page cache)
  await copy();
  const rows: { orion: Result; copy: Result }[] = [];
  for (let r = 0; r < RUNS; r++) rows.push({ copy: await sampled(copy), orion: await sampled(orion) });

  console.log(
    `\ncustomer export — ${CUSTOMERS} customers, full preset over HTTP vs COPY … TO STDOUT (FORMAT csv) of the same columns (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}, Node ${process.version})`,
  );
  for (const [i, r] of rows.entries()) {
    const line = (name: string, x: Result) =>
      `${name} ${(x.ms / 1000).toFixed(2)} s, ${((x.lines - 1) / (x.ms / 1000)).toFixed(0)} rows/s, ${(x.bytes / MB).toFixed(1)} MiB, RSS ${(x.rssBefore / MB).toFixed(0)} → peak ${(x.rssPeak / MB).toFixed(0)} MiB (+${((x.rssPeak - x.rssBefore) / MB).toFixed(1)})`;
    console.log(`  run ${i + 1}: ${line('Orion', r.orion)}`);
    console.log(
      `         ${line('COPY ', r.copy)}; Orion at ${((100 * r.copy.ms) / r.orion.ms).toFixed(0)} % of COPY's speed`,
    );
  }
  console.log('  (server and client share the process: the RSS is both; the client keeps no rows)');
  await client.end();
  await app.close();
  await orm.close();
}
