import type { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GOODS_KINDS, type GoodsKind } from '@orion/vat';
import { parse } from 'csv-parse/sync';
import { inTransaction } from '../../core/transaction.js';
import { newId } from '../../core/base.entity.js';
import type { StoreCtx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { restoreCell } from '../common/csv-formula.js';
import { csvColumns, GENERIC_CSV, writeCsv } from '../common/csv-writer.js';
import { keysetRows } from '../common/keyset.js';
import { formatEuros, parseEuros } from '../common/money.js';
import { hasUnstorableText, TEXT_UNSTORABLE } from '../../core/text.js';
import { currentSubscription } from '../subscriptions/subscription.service.js';
import { planOf } from '../subscriptions/tiers.js';
import { checkGtin } from './gtin.js';
import { ProductStatus } from './product.entity.js';
import { PRODUCT_LIMITS } from './product.inputs.js';
import { domesticCategory, parseGoodsKind } from './goods-kind.js';
import { VatCategory } from './vat-category.js';

/** The CSV columns, in order. Prices are decimal euros ("12.90" or "12,90"). */
export const PRODUCT_CSV_COLUMNS = csvColumns({
  sku: 'text',
  gtin: 'text',
  name: 'text',
  description: 'text',
  brand: 'text',
  price: 'cents',
  cost: 'cents',
  vat_category: 'text',
  goods_kind: 'text',
  digital: 'text',
  status: 'text',
  low_stock_threshold: 'integer',
});
const COLUMN_NAMES = PRODUCT_CSV_COLUMNS.map((c) => c.name);
const REQUIRED_COLUMNS = ['sku', 'name', 'price'];

/** The same ceiling as the API's (€1,000,000): prices are stored as 32-bit cents. */
export const MAX_PRICE_CENTS = PRODUCT_LIMITS.cents;
/** Rows written per `insert … on conflict` statement. */
const WRITE_BATCH = 1000;

interface Row {
  line: number;
  sku: string;
  gtin: string | null;
  name: string;
  description: string | null;
  brand: string | null;
  priceCents: number;
  costCents: number;
  vatCategory: VatCategory;
  goodsKind: GoodsKind | null;
  digital: boolean;
  status: ProductStatus;
  lowStockThreshold: number;
}

export interface ImportReport {
  dryRun: boolean;
  valid: boolean;
  written: boolean;
  /** Data rows in the file (blank lines not counted). */
  rows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  /** Every bad row, by line number in the file (the header is line 1). */
  errors: { line: number; sku: string | null; reason: string }[];
  /** Header columns that are not product columns: ignored, listed so a typo does not go unnoticed. */
  ignoredColumns: string[];
}

const BOOL: Record<string, boolean> = {
  '': false,
  true: true,
  false: false,
  yes: true,
  no: false,
  y: true,
  n: false,
  '1': true,
  '0': false,
};

function validate(record: Record<string, string>, line: number, today: string): { row?: Row; problems: string[] } {
  const problems: string[] = [];
  const v = (k: string) => (record[k] ?? '').trim();
  const tooLong = (k: string, max: number) => {
    if (v(k).length > max) problems.push(`${k}: at most ${max} characters (has ${v(k).length})`);
  };
  for (const [k, value] of Object.entries(record))
    if (hasUnstorableText(value)) problems.push(`${k}: ${TEXT_UNSTORABLE}`);
  const sku = v('sku');
  if (!sku) problems.push('sku: is required');
  else tooLong('sku', PRODUCT_LIMITS.sku);
  let gtin: string | null = null;
  if (v('gtin')) {
    const g = checkGtin(v('gtin'));
    if ('error' in g) problems.push(`gtin: ${g.error}`);
    else gtin = g.gtin;
  }
  const name = v('name');
  if (!name) problems.push('name: is required');
  else tooLong('name', PRODUCT_LIMITS.name);
  tooLong('description', PRODUCT_LIMITS.description);
  tooLong('brand', PRODUCT_LIMITS.brand);
  const price = parseEuros(v('price'));
  const amounts = `an amount from 0.00 to ${formatEuros(MAX_PRICE_CENTS)}`;
  if (price === null) problems.push(`price: "${v('price')}" is not ${amounts}, like 12.90`);
  else if (price > MAX_PRICE_CENTS) problems.push(`price: must be ${amounts}`);
  const cost = v('cost') ? parseEuros(v('cost')) : 0;
  if (cost === null) problems.push(`cost: "${v('cost')}" is not ${amounts}, like 6.50`);
  else if (cost > MAX_PRICE_CENTS) problems.push(`cost: must be ${amounts}`);
  const goodsKind = v('goods_kind') ? parseGoodsKind(v('goods_kind')) : null;
  if (goodsKind === undefined)
    problems.push(`goods_kind: "${v('goods_kind')}" is not a kind of goods; use one of ${GOODS_KINDS.join(', ')}`);
  const cat = v('vat_category').toLowerCase().replace(/[\s-]/g, '_');
  if (cat && !Object.values(VatCategory).includes(cat as VatCategory))
    problems.push(`vat_category: must be one of ${Object.values(VatCategory).join(', ')}`);
  const digital = BOOL[v('digital').toLowerCase()];
  if (digital === undefined) problems.push('digital: must be true or false');
  const status = (v('status') || 'active').toLowerCase();
  if (!Object.values(ProductStatus).includes(status as ProductStatus))
    problems.push('status: must be active or archived');
  const t = v('low_stock_threshold') || '0';
  const threshold = /^\d{1,9}$/.test(t) ? Number(t) : Number.NaN;
  if (!(threshold <= PRODUCT_LIMITS.lowStockThreshold))
    problems.push(`low_stock_threshold: must be a whole number from 0 to ${PRODUCT_LIMITS.lowStockThreshold}`);
  if (problems.length) return { problems };
  return {
    problems,
    row: {
      line,
      sku,
      gtin,
      name,
      description: v('description') || null,
      brand: v('brand') || null,
      priceCents: price!,
      costCents: cost!,
      // Empty: the kind of goods' Luxembourg category, else standard (the API's rule).
      vatCategory: domesticCategory(goodsKind, (cat || null) as VatCategory | null, VatCategory.STANDARD, today),
      goodsKind: goodsKind ?? null,
      digital: digital!,
      status: status as ProductStatus,
      lowStockThreshold: threshold,
    },
  };
}

/** The delimiter of a spreadsheet's CSV: `,`, or `;` (Excel in French and German), or a tab. */
function delimiterOf(headerLine: string): string {
  const [best] = [',', ';', '\t'].map((d) => ({ d, n: headerLine.split(d).length - 1 })).sort((a, b) => b.n - a.n);
  return best && best.n > 0 ? best.d : ',';
}

/**
 * Parses CSV text into a header and records, each with the line of the file it starts on (quoted
 * fields may span lines; blank lines are skipped but counted). Only a broken structure (a quote
 * never closed) makes the whole file unreadable; a wrong number of fields is a problem of its row.
 */
export function readCsv(text: string): { header: string[]; records: { line: number; fields: string[] }[] } {
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstBreak = normal.indexOf('\n');
  const delimiter = delimiterOf(firstBreak === -1 ? normal : normal.slice(0, firstBreak));
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(normal, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as typeof parsed; // with `info`, each record comes as { record, info }
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new DomainError(
      'CSV_UNREADABLE',
      `The file is not readable as CSV${line ? ` (near line ${line})` : ''}: ${(err as Error).message}`,
      'BAD_USER_INPUT',
      { line },
    );
  }
  const records = parsed.map(({ record, info }) => ({
    // `info.lines` is where the record ends; line breaks inside quoted fields move its start up.
    line: info.lines - record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0),
    fields: record,
  }));
  const head = records.shift();
  return { header: head ? head.fields.map((c) => c.trim().toLowerCase()) : [], records };
}

function readProductCsv(csv: string, today: string) {
  const { header, records } = readCsv(csv);
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new DomainError(
      'CSV_COLUMNS_MISSING',
      `The header row lacks: ${missing.join(', ')}. Expected columns: ${COLUMN_NAMES.join(', ')}.`,
      'BAD_USER_INPUT',
      { missing },
    );
  }
  const doubled = header.filter((c, i) => c && header.indexOf(c) !== i);
  if (doubled.length) {
    throw new DomainError(
      'CSV_COLUMNS_DUPLICATED',
      `The header row has ${[...new Set(doubled)].join(', ')} more than once.`,
      'BAD_USER_INPUT',
      { duplicated: [...new Set(doubled)] },
    );
  }
  const known = new Set<string>(COLUMN_NAMES);
  const ignoredColumns = header.filter((c) => c && !known.has(c));

  const errors: ImportReport['errors'] = [];
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of records) {
    // A cell Orion's export neutralised against formula injection (`'=…`) reads back as it was.
    const record = Object.fromEntries(header.map((c, i) => [c, restoreCell(fields[i] ?? '')]));
    const sku = (record.sku ?? '').trim() || null;
    if (fields.length !== header.length) {
      errors.push({ line, sku, reason: `has ${fields.length} fields where the header has ${header.length}` });
      continue;
    }
    const { row, problems } = validate(record, line, today);
    if (sku && seen.has(sku)) problems.push(`sku: ${sku} is also on line ${seen.get(sku)}`);
    else if (sku) seen.set(sku, line);
    if (problems.length) errors.push({ line, sku, reason: problems.join('; ') });
    else rows.push(row!);
  }
  // A file without the column (an older export) leaves the products' kinds of goods as they are.
  return { rows, errors, count: records.length, ignoredColumns, hasGoodsKind: header.includes('goods_kind') };
}

const SAME: [keyof Row, string][] = [
  ['gtin', 'gtin'],
  ['name', 'name'],
  ['description', 'description'],
  ['brand', 'brand'],
  ['priceCents', 'price_cents'],
  ['costCents', 'cost_cents'],
  ['vatCategory', 'vat_category'],
  ['goodsKind', 'goods_kind'],
  ['digital', 'digital'],
  ['status', 'status'],
  ['lowStockThreshold', 'low_stock_threshold'],
];

/** Compares the rows with what the store has (by SKU), and checks the plan's product limit. */
async function compare(em: EntityManager, storeId: string, rows: Row[], now: Date, hasGoodsKind: boolean) {
  const same = hasGoodsKind ? SAME : SAME.filter(([k]) => k !== 'goodsKind');
  const existing = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < rows.length; i += 5000) {
    const found = await em.execute<Record<string, unknown>[]>(
      `select sku, gtin, name, description, brand, price_cents, cost_cents, vat_category, goods_kind, digital, status, low_stock_threshold
         from product where store_id = ? and sku in (?)`,
      [storeId, rows.slice(i, i + 5000).map((r) => r.sku)],
    );
    for (const f of found) existing.set(f.sku as string, f);
  }
  const changed: Row[] = [];
  let toCreate = 0;
  let unchanged = 0;
  for (const r of rows) {
    const e = existing.get(r.sku);
    if (!e) toCreate += 1;
    else if (same.every(([k, col]) => e[col] === r[k])) {
      unchanged += 1;
      continue;
    }
    changed.push(r);
  }

  // Tier limits: new active products count against the plan's product limit; rows past it are refused by line.
  const errors: ImportReport['errors'] = [];
  const plan = planOf((await currentSubscription(em, storeId, now)).tier);
  if (plan.products !== null) {
    const [{ n }] = (await em.execute<{ n: number }[]>(
      `select count(*)::int as n from product where store_id = ? and status = 'active'`,
      [storeId],
    )) as [{ n: number }];
    let active = n;
    for (const r of changed) {
      const wasActive = existing.get(r.sku)?.status === ProductStatus.ACTIVE;
      const becomesActive = r.status === ProductStatus.ACTIVE;
      active += (becomesActive ? 1 : 0) - (wasActive ? 1 : 0);
      if (becomesActive && !wasActive && active > plan.products) {
        errors.push({
          line: r.line,
          sku: r.sku,
          reason: `refused: the ${plan.name} plan allows ${plan.products} active products (TIER_LIMIT_REACHED); upgrade or import it as archived`,
        });
      }
    }
  }
  return { changed, toCreate, toUpdate: changed.length - toCreate, unchanged, errors };
}

/** Upserts by (store, SKU) in batches: one statement per batch, never one entity per row. */
async function write(em: EntityManager, storeId: string, changed: Row[], hasGoodsKind: boolean) {
  // Millisecond precision, as the ORM writes it: cursors on createdAt carry milliseconds.
  const createdAt = new Date();
  for (let i = 0; i < changed.length; i += WRITE_BATCH) {
    const batch = changed.slice(i, i + WRITE_BATCH);
    const values = batch
      .map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?::vat_category, ?, ?, ?::product_status, ?, ?, ?)')
      .join(', ');
    await em.execute(
      `insert into product (id, store_id, sku, gtin, name, description, brand, price_cents, cost_cents, vat_category, goods_kind, digital, status, low_stock_threshold, created_at, updated_at)
       values ${values}
       on conflict (store_id, sku) do update set gtin = excluded.gtin, name = excluded.name, description = excluded.description,
         brand = excluded.brand, price_cents = excluded.price_cents, cost_cents = excluded.cost_cents,
         vat_category = excluded.vat_category, goods_kind = ${hasGoodsKind ? 'excluded.goods_kind' : 'product.goods_kind'},
         digital = excluded.digital, status = excluded.status,
         low_stock_threshold = excluded.low_stock_threshold, updated_at = excluded.updated_at`,
      batch.flatMap((r) => [
        newId(),
        storeId,
        r.sku,
        r.gtin,
        r.name,
        r.description,
        r.brand,
        r.priceCents,
        r.costCents,
        r.vatCategory,
        r.goodsKind,
        r.digital,
        r.status,
        r.lowStockThreshold,
        createdAt,
        createdAt,
      ]),
    );
  }
}

/**
 * Imports products from CSV: every row is validated first and every bad row reported with its
 * line; nothing is written unless the whole file is valid (and it is not a dry run). Rows are
 * matched by SKU: a re-import updates, never duplicates. The comparison, the plan check and the
 * batched upserts run in one transaction holding the store's subscription row, so two imports at
 * once cannot together pass the product limit.
 */
export async function importProductsCsv(ctx: StoreCtx, csv: string, dryRun: boolean): Promise<ImportReport> {
  const { em, storeId } = ctx;
  const now = ctx.clock.now();
  const parsed = readProductCsv(csv, now.toISOString().slice(0, 10));
  const report = (c: Awaited<ReturnType<typeof compare>> | null, written: boolean): ImportReport => {
    const errors = [...parsed.errors, ...(c?.errors ?? [])].sort((a, b) => a.line - b.line);
    return {
      dryRun,
      valid: errors.length === 0,
      written,
      rows: parsed.count,
      toCreate: c?.toCreate ?? 0,
      toUpdate: c?.toUpdate ?? 0,
      unchanged: c?.unchanged ?? 0,
      errors,
      ignoredColumns: parsed.ignoredColumns,
    };
  };
  if (dryRun || parsed.errors.length)
    return report(await compare(em, storeId, parsed.rows, now, parsed.hasGoodsKind), false);

  return inTransaction(ctx, async ({ em: tx }) => {
    await currentSubscription(tx, storeId, now);
    await tx.execute('select 1 from store_subscription where store_id = ? for update', [storeId]);
    const c = await compare(tx, storeId, parsed.rows, now, parsed.hasGoodsKind);
    if (c.errors.length || c.changed.length === 0) return report(c, false);
    await write(tx, storeId, c.changed, parsed.hasGoodsKind);
    return report(c, true);
  });
}

async function* productRecords(em: EntityManager, storeId: string) {
  const products = keysetRows(
    (after: string | null, limit) =>
      em.execute<Record<string, any>[]>(
        `select sku, gtin, name, description, brand, price_cents, cost_cents, vat_category, goods_kind, digital, status, low_stock_threshold
           from product where store_id = ? and sku > ? order by sku limit ?`,
        [storeId, after ?? '', limit],
      ),
    (r) => r.sku as string,
  );
  for await (const r of products) {
    yield [
      r.sku,
      r.gtin,
      r.name,
      r.description,
      r.brand,
      r.price_cents,
      r.cost_cents,
      r.vat_category,
      r.goods_kind ?? '',
      r.digital ? 'true' : 'false',
      r.status,
      r.low_stock_threshold,
    ];
  }
}

/**
 * Streams the store's products as CSV, in SKU order: keyset batches of 1,000 piped through the
 * CSV writer with back-pressure (never the whole table in memory). The file re-imports unchanged.
 */
export async function exportProductsCsv(em: EntityManager, storeId: string, out: Writable): Promise<void> {
  await writeCsv(out, PRODUCT_CSV_COLUMNS, productRecords(em, storeId), GENERIC_CSV);
}
