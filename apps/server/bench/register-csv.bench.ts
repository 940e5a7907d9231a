/**
 * Benchmark: the invoice register CSV of a year with 100,000 invoices (1–3 VAT rates each) against
 * PostgreSQL's own `COPY (…) TO STDOUT (FORMAT csv)` of the same rows (the floor: no JavaScript at
 * all). Prints time, documents/s, rows, bytes and peak RSS; the ratio is what to compare when the
 * machine is busy.   pnpm --filter @orion/server bench register-csv
 * BENCH_REGISTER_INVOICES (default 100000) overrides the size.
 */
import 'reflect-metadata';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { loadConfig } from '../src/config.js';
import { systemContext } from '../src/core/system-context.js';
import { createOrm } from '../src/db/orm.js';
import { createLogger } from '../src/logger.js';
import { GENERIC_CSV } from '../src/modules/common/csv-writer.js';
import { writeRegisterCsv } from '../src/modules/accounting/register-csv.js';
import { benchDatabase, createBenchStore } from './bench-db.js';

const INVOICES = Number(process.env.BENCH_REGISTER_INVOICES ?? 100_000);
const MB = 1024 * 1024;

function counter() {
  let bytes = 0;
  const out = new Writable({
    write(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      cb();
    },
  });
  return { out, bytes: () => bytes };
}

async function timed<T>(what: () => Promise<T>) {
  global.gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const t0 = performance.now();
  const result = await what();
  const ms = performance.now() - t0;
  clearInterval(sampler);
  return { ms, result, rssDelta: (peak - before) / MB };
}

export default async function run() {
  const db = await benchDatabase('orion_bench_register');
  try {
    await measure(db.url);
  } catch (err) {
    console.error('register-csv bench failed:', (err as Error).message);
    throw err;
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
  client.on('error', () => {});
  const storeId = await createBenchStore(client);
  const t0 = performance.now();
  await client.query(
    `insert into invoice (id, store_id, merchant_id, series, type, number, sequence, issue_date, supply_date,
       language, vat_regime, seller, buyer, lines, vat_breakdown, legal_mentions, net_cents, vat_cents, gross_cents)
     select gen_random_uuid(), s.id, s.merchant_id, 'INV', 'invoice', 'INV-2025-' || lpad(g::text, 6, '0'), g,
       date '2025-01-01' + (g * 364 / $2)::int, date '2025-01-01' + (g * 364 / $2)::int, 'en', 'domestic',
       '{"legalName":"Bench Sàrl","country":"LU"}',
       jsonb_build_object('name', 'Customer ' || g, 'company', null, 'vatNumber', null, 'country', 'LU'),
       '[]', b.breakdown, '[]', b.net, b.vat, b.net + b.vat
     from store s, generate_series(1, $2) g,
       lateral (select jsonb_agg(jsonb_build_object('categoryCode', 'S', 'rateBp', x.r, 'taxableCents', x.t,
           'vatCents', x.t * x.r / 10000)) as breakdown, sum(x.t)::int as net, sum(x.t * x.r / 10000)::int as vat
         from (select r, 1000 + g % 900 as t from unnest((array[1700, 800, 300])[1:1 + g % 3]) r) x) b
     where s.id = $1`,
    [storeId, INVOICES],
  );
  await client.query('analyze');
  console.log(`seeded ${INVOICES} invoices in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const deps = { orm, config, log: createLogger({ LOG_LEVEL: 'silent', LOG_PRETTY: false }) };
  const period = { from: '2025-01-01', to: '2025-12-31' };
  const register = async () => {
    const c = counter();
    await writeRegisterCsv(systemContext(deps, storeId), period, GENERIC_CSV, c.out);
    return c.bytes();
  };
  // The same rows and columns, written by PostgreSQL itself.
  const copy = async () => {
    const c = counter();
    const sql = `copy (select i.number, i.type, i.issue_date, i.supply_date, i.due_date, i.status, i.paid_at::date,
        s.name, o.customer_id, coalesce(i.buyer->>'company', i.buyer->>'name'), i.buyer->>'vatNumber',
        i.buyer->>'country', i.vat_regime, b->>'categoryCode', (b->>'rateBp')::int / 100.0,
        ((b->>'taxableCents')::int / 100.0)::numeric(12,2), ((b->>'vatCents')::int / 100.0)::numeric(12,2),
        (((b->>'taxableCents')::int + (b->>'vatCents')::int) / 100.0)::numeric(12,2), i.currency,
        case when i.vat_regime = 'oss' then v.rate_country end, c.number, o.order_number, o.external_shipment_id
      from invoice i join store s on s.id = i.store_id
        left join customer_order o on o.id = i.order_id
        left join invoice c on c.id = i.credited_invoice_id
        left join invoice_vat v on v.invoice_id = coalesce(i.credited_invoice_id, i.id)
        cross join lateral jsonb_array_elements(i.vat_breakdown) b
      where i.store_id = '${storeId}' and i.issue_date between '${period.from}' and '${period.to}'
      order by i.issue_date, i.number) to stdout (format csv, header)`;
    await pipeline(client.query(copyTo(sql)), c.out);
    return c.bytes();
  };
  await register(); // warm-up
  await copy();
  const runs = { register: [] as Awaited<ReturnType<typeof timed>>[], copy: [] as Awaited<ReturnType<typeof timed>>[] };
  for (let r = 0; r < 3; r++) {
    runs.copy.push(await timed(copy));
    runs.register.push(await timed(register));
  }
  const best = (xs: Awaited<ReturnType<typeof timed>>[]) => xs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const c = best(runs.copy);
  const g = best(runs.register);
  const line = (name: string, x: typeof c) =>
    `${name}: ${(x.ms / 1000).toFixed(2)} s, ${Math.round(INVOICES / (x.ms / 1000))} documents/s, ${((x.result as number) / MB).toFixed(1)} MiB, peak RSS +${x.rssDelta.toFixed(0)} MiB`;
  console.log(line('COPY … TO STDOUT', c));
  console.log(line('register CSV    ', g));
  console.log(`register speed: ${((c.ms / g.ms) * 100).toFixed(0)} % of COPY (best of 3 each, same run)`);
  await client.end();
  await orm.close();
}
