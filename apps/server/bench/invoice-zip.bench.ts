/**
 * Benchmark: GET /api/invoices.zip for a year with 1,000 invoices (real stored PDFs, 1–7 lines
 * each), over HTTP on the in-process server. Prints the time to the last byte, throughput, the
 * ZIP size and the process's peak RSS while producing it (sampled every 10 ms) against the RSS
 * before the request.   pnpm bench   (or: pnpm --filter @orion/server bench invoice-zip)
 * BENCH_ZIP_INVOICES (default 1000) and BENCH_ZIP_RUNS (default 3) override the sizes.
 */
import 'reflect-metadata';
import crypto from 'node:crypto';
import os from 'node:os';
import { type InvoiceDocument, renderInvoicePdf } from '@orion/invoice-pdf';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createOrm } from '../src/db/orm.js';
import { createLogger } from '../src/logger.js';
import { benchDatabase, createBenchStore } from './bench-db.js';

const INVOICES = Number(process.env.BENCH_ZIP_INVOICES ?? 1000);
const RUNS = Number(process.env.BENCH_ZIP_RUNS ?? 3);
const MB = 1024 * 1024;

const seller = {
  legalName: 'Bench Lëtzebuerg Sàrl',
  addressLine: '7, rue du Marché-aux-Herbes',
  postalCode: 'L-1728',
  city: 'Luxembourg',
  country: 'LU',
  vatNumber: 'LU26375245',
  rcsNumber: 'B123456',
  email: null,
  phone: null,
  iban: 'LU280019400644750000',
  bic: 'BCEELULL',
  bankName: null,
  paymentTerms: 'Payable within 15 days.',
  footer: null,
};

/** One invoice's snapshot (as the invoice row stores it) and the document the PDF is rendered from. */
function invoice(i: number) {
  const issueDate = new Date(Date.UTC(2025, 0, 1) + Math.floor((i * 364) / INVOICES) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const lines = Array.from({ length: 1 + (i % 7) }, (_, k) => {
    const quantity = 1 + ((i + k) % 3);
    const unit = 500 + ((i * 37 + k * 101) % 9000);
    const rateBp = k % 3 === 2 ? 300 : 1700;
    const netCents = unit * quantity;
    const vatCents = Math.round((netCents * rateBp) / 10_000);
    return {
      description: `Product ${(i * 7 + k) % 5000}`,
      sku: `SKU-${(i * 7 + k) % 5000}`,
      quantity,
      unitPriceNetCents: unit,
      vatCategoryCode: 'S',
      vatRateBp: rateBp,
      netCents,
      vatCents,
      grossCents: netCents + vatCents,
    };
  });
  const rates = [...new Set(lines.map((l) => l.vatRateBp))].sort((a, b) => b - a);
  const vatBreakdown = rates.map((rateBp) => ({
    categoryCode: 'S',
    rateBp,
    taxableCents: lines.filter((l) => l.vatRateBp === rateBp).reduce((s, l) => s + l.netCents, 0),
    vatCents: lines.filter((l) => l.vatRateBp === rateBp).reduce((s, l) => s + l.vatCents, 0),
  }));
  const netCents = lines.reduce((s, l) => s + l.netCents, 0);
  const vatCents = lines.reduce((s, l) => s + l.vatCents, 0);
  const buyer = {
    name: `Customer ${i}`,
    company: null,
    addressLine: 'Rue de la Gare 12',
    postalCode: 'L-1616',
    city: 'Luxembourg',
    country: 'LU',
    vatNumber: null,
    email: `customer${i}@example.lu`,
  };
  const number = `INV-2025-${String(i + 1).padStart(5, '0')}`;
  const row = { number, sequence: i + 1, issueDate, lines, vatBreakdown, buyer, netCents, vatCents };
  const doc: InvoiceDocument = {
    kind: 'invoice',
    number,
    issueDate,
    supplyDate: issueDate,
    language: (['en', 'fr', 'de'] as const)[i % 3]!,
    currency: 'EUR',
    seller: { ...seller, email: undefined, phone: undefined, bankName: undefined },
    buyer: { ...buyer, company: undefined, vatNumber: undefined },
    lines: lines.map((l) => ({ ...l, vatCategoryCode: 'S' as const })),
    vatBreakdown: vatBreakdown.map((r) => ({ ...r, categoryCode: 'S' as const })),
    netCents,
    vatCents,
    grossCents: netCents + vatCents,
    vatRegime: 'domestic',
    legalMentions: [],
    paymentTerms: seller.paymentTerms,
  };
  return { row, doc };
}

async function seed(client: pg.Client, storeId: string) {
  let bytes = 0;
  for (let i = 0; i < INVOICES; i++) {
    const { row, doc } = invoice(i);
    const pdf = await renderInvoicePdf(doc);
    bytes += pdf.length;
    const id = crypto.randomUUID();
    await client.query(
      `insert into invoice (id, store_id, merchant_id, series, type, number, sequence, issue_date, supply_date, due_date,
         language, vat_regime, seller, buyer, lines, vat_breakdown, legal_mentions, net_cents, vat_cents, gross_cents)
       select $1, id, merchant_id, 'INV', 'invoice', $3, $4, $5, $5, null, $6, 'domestic', $7, $8, $9, $10, '[]', $11, $12, $13
         from store where id = $2`,
      [
        id,
        storeId,
        row.number,
        row.sequence,
        row.issueDate,
        doc.language,
        JSON.stringify(seller),
        JSON.stringify(row.buyer),
        JSON.stringify(row.lines),
        JSON.stringify(row.vatBreakdown),
        row.netCents,
        row.vatCents,
        row.netCents + row.vatCents,
      ],
    );
    await client.query(
      `insert into invoice_pdf (id, store_id, invoice_id, bytes, sha256, byte_size, rendered_at)
       values (gen_random_uuid(), $1, $2, $3, $4, $5, now())`,
      [storeId, id, pdf, crypto.createHash('sha256').update(pdf).digest('hex'), pdf.length],
    );
  }
  await client.query('analyze');
  return bytes;
}

export default async function run() {
  const db = await benchDatabase('orion_bench_zip');
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
  const pdfBytes = await seed(client, storeId);
  console.log(
    `seeded ${INVOICES} invoices with their PDFs (${(pdfBytes / MB).toFixed(1)} MiB, ${(pdfBytes / INVOICES / 1024).toFixed(1)} KiB each) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

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

  /** Downloads the ZIP, keeping only its size and last bytes (the end-of-central-directory record). */
  const download = async () => {
    const res = await fetch(`${base}/api/invoices.zip?from=2025-01-01&to=2025-12-31`, {
      headers: { cookie, 'x-store-id': storeId },
    });
    if (res.status !== 200) throw new Error(`ZIP: HTTP ${res.status} ${await res.text()}`);
    let size = 0;
    let tail = Buffer.alloc(0);
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      tail = Buffer.concat([tail, chunk]).subarray(-22);
    }
    const entries = tail.readUInt16LE(10);
    if (tail.readUInt32LE(0) !== 0x06054b50 || entries !== INVOICES % 65536) {
      throw new Error(`ZIP: expected ${INVOICES} entries, end record says ${entries}`);
    }
    return size;
  };

  await download(); // warm-up (JIT, connection pool, page cache)
  const results: { ms: number; size: number; rssBefore: number; rssPeak: number; heapPeak: number }[] = [];
  for (let r = 0; r < RUNS; r++) {
    global.gc?.();
    const rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    let heapPeak = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }, 10);
    const s = performance.now();
    const size = await download();
    const ms = performance.now() - s;
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    results.push({ ms, size, rssBefore, rssPeak, heapPeak });
  }

  console.log(
    `\ninvoice ZIP — ${INVOICES} stored PDFs over HTTP, one year (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}, Node ${process.version})`,
  );
  for (const [i, r] of results.entries()) {
    console.log(
      `  run ${i + 1}: ${(r.ms / 1000).toFixed(2)} s to the last byte, ${(r.size / MB).toFixed(1)} MiB (${(r.size / MB / (r.ms / 1000)).toFixed(1)} MiB/s, ${(INVOICES / (r.ms / 1000)).toFixed(0)} PDFs/s); RSS ${(r.rssBefore / MB).toFixed(0)} → peak ${(r.rssPeak / MB).toFixed(0)} MiB (+${((r.rssPeak - r.rssBefore) / MB).toFixed(1)}), heap peak ${(r.heapPeak / MB).toFixed(0)} MiB`,
    );
  }
  console.log('  (server and client share the process: the RSS is both; the client keeps only the last 22 bytes)');

  await client.end();
  await app.close();
  await orm.close();
}
