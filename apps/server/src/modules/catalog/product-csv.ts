import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Writable } from 'node:stream';
import { newId } from '../../db/base.entity.js';
import { formatEuros, parseEuros } from '../common/money.js';
import { DomainError } from '../../graphql/errors.js';
import { currentSubscription } from '../subscriptions/subscription.service.js';
import { planOf } from '../subscriptions/tiers.js';
import { checkGtin } from './gtin.js';
import { ProductStatus } from './product.entity.js';
import { VatCategory } from './vat-category.js';

/** The CSV columns, in order. Prices are decimal euros ("12.90" or "12,90"). */
export const PRODUCT_CSV_COLUMNS = [
  'sku',
  'gtin',
  'name',
  'description',
  'brand',
  'price',
  'cost',
  'vat_category',
  'digital',
  'status',
  'low_stock_threshold',
] as const;

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
  digital: boolean;
  status: ProductStatus;
  lowStockThreshold: number;
}

export interface ImportReport {
  dryRun: boolean;
  valid: boolean;
  written: boolean;
  rows: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  errors: { line: number; sku: string | null; reason: string }[];
}

/** The same ceiling as the API's (€1,000,000): prices are stored as 32-bit cents. */
export const MAX_PRICE_CENTS = 100_000_000;
const BOOL: Record<string, boolean> = {
  '': false,
  true: true,
  false: false,
  yes: true,
  no: false,
  '1': true,
  '0': false,
};

function validate(record: Record<string, string>, line: number): { row?: Row; problems: string[] } {
  const problems: string[] = [];
  const v = (k: string) => (record[k] ?? '').trim();
  const sku = v('sku');
  if (!sku) problems.push('sku: is required');
  else if (sku.length > 64) problems.push('sku: at most 64 characters');
  let gtin: string | null = null;
  if (v('gtin')) {
    const g = checkGtin(v('gtin'));
    if ('error' in g) problems.push(`gtin: ${g.error}`);
    else gtin = g.gtin;
  }
  const name = v('name');
  if (!name) problems.push('name: is required');
  const price = parseEuros(v('price'));
  if (price === null) problems.push(`price: "${v('price')}" is not an amount like 12.90`);
  else if (price > MAX_PRICE_CENTS) problems.push('price: at most 1000000.00');
  const cost = v('cost') ? parseEuros(v('cost')) : 0;
  if (cost === null) problems.push(`cost: "${v('cost')}" is not an amount like 6.50`);
  else if (cost > MAX_PRICE_CENTS) problems.push('cost: at most 1000000.00');
  const cat = (v('vat_category') || 'standard').toLowerCase();
  if (!Object.values(VatCategory).includes(cat as VatCategory))
    problems.push(`vat_category: must be one of ${Object.values(VatCategory).join(', ')}`);
  const digital = BOOL[v('digital').toLowerCase()];
  if (digital === undefined) problems.push('digital: must be true or false');
  const status = (v('status') || 'active').toLowerCase();
  if (!Object.values(ProductStatus).includes(status as ProductStatus))
    problems.push('status: must be active or archived');
  const threshold = v('low_stock_threshold') ? Number(v('low_stock_threshold')) : 0;
  if (!Number.isInteger(threshold) || threshold < 0) problems.push('low_stock_threshold: must be a whole number ≥ 0');
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
      vatCategory: cat as VatCategory,
      digital: digital!,
      status: status as ProductStatus,
      lowStockThreshold: threshold,
    },
  };
}

/**
 * Imports products from CSV: every row is validated first and every bad row reported with its
 * line; nothing is written unless the whole file is valid (and it is not a dry run). Rows are
 * matched by SKU: a re-import updates, never duplicates. Writes are batched upserts in one
 * transaction; new active products count against the plan's product limit.
 */
export async function importProductsCsv(
  em: EntityManager,
  storeId: string,
  csv: string,
  dryRun: boolean,
  now: Date,
): Promise<ImportReport> {
  let records: Record<string, string>[];
  try {
    records = parse(csv, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      bom: true,
      relax_column_count: false,
    });
  } catch (err) {
    throw new DomainError(
      'CSV_UNREADABLE',
      `The file is not readable as CSV: ${(err as Error).message}`,
      'BAD_USER_INPUT',
    );
  }
  const header = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]!
    .split(',')
    .map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  const missing = ['sku', 'name', 'price'].filter((c) => !header.includes(c));
  if (missing.length)
    throw new DomainError(
      'CSV_COLUMNS_MISSING',
      `The header row lacks: ${missing.join(', ')}. Expected columns: ${PRODUCT_CSV_COLUMNS.join(', ')}.`,
      'BAD_USER_INPUT',
    );

  const errors: ImportReport['errors'] = [];
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  records.forEach((rec, i) => {
    const line = i + 2;
    const { row, problems } = validate(rec, line);
    const sku = (rec.sku ?? '').trim() || null;
    if (sku && seen.has(sku)) problems.push(`sku: ${sku} is also on line ${seen.get(sku)}`);
    else if (sku) seen.set(sku, line);
    if (problems.length) errors.push({ line, sku, reason: problems.join('; ') });
    else rows.push(row!);
  });

  // What exists already, by SKU (in batches, to keep statements bounded).
  const existing = new Map<string, Record<string, unknown>>();
  const skus = rows.map((r) => r.sku);
  for (let i = 0; i < skus.length; i += 5000) {
    const part = skus.slice(i, i + 5000);
    const found = await em.execute<Record<string, unknown>[]>(
      `select sku, gtin, name, description, brand, price_cents, cost_cents, vat_category, digital, status, low_stock_threshold
         from product where store_id = ? and sku in (?)`,
      [storeId, part],
    );
    for (const f of found) existing.set(f.sku as string, f);
  }
  let toCreate = 0;
  let toUpdate = 0;
  let unchanged = 0;
  const changed: Row[] = [];
  for (const r of rows) {
    const e = existing.get(r.sku);
    if (!e) {
      toCreate += 1;
      changed.push(r);
    } else if (
      e.gtin === r.gtin &&
      e.name === r.name &&
      e.description === r.description &&
      e.brand === r.brand &&
      e.price_cents === r.priceCents &&
      e.cost_cents === r.costCents &&
      e.vat_category === r.vatCategory &&
      e.digital === r.digital &&
      e.status === r.status &&
      e.low_stock_threshold === r.lowStockThreshold
    ) {
      unchanged += 1;
    } else {
      toUpdate += 1;
      changed.push(r);
    }
  }

  // The plan's product limit: rows that would take active products past it are refused.
  const plan = planOf((await currentSubscription(em, storeId, now)).tier);
  if (plan.products !== null) {
    const [{ n }] = (await em.execute<{ n: number }[]>(
      `select count(*)::int as n from product where store_id = ? and status = 'active'`,
      [storeId],
    )) as [{ n: number }];
    let active = n;
    for (const r of changed) {
      const wasActive = existing.get(r.sku)?.status === 'active';
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

  errors.sort((a, b) => a.line - b.line);
  const valid = errors.length === 0;
  const report: ImportReport = {
    dryRun,
    valid,
    written: false,
    rows: records.length,
    toCreate,
    toUpdate,
    unchanged,
    errors,
  };
  if (!valid || dryRun || changed.length === 0) return report;

  await em.transactional(async (tx) => {
    await tx.execute('select 1 from store_subscription where store_id = ? for update', [storeId]);
    for (let i = 0; i < changed.length; i += 1000) {
      const batch = changed.slice(i, i + 1000);
      const values = batch
        .map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?::vat_category, ?, ?::product_status, ?)')
        .join(', ');
      await tx.execute(
        `insert into product (id, store_id, sku, gtin, name, description, brand, price_cents, cost_cents, vat_category, digital, status, low_stock_threshold)
         values ${values}
         on conflict (store_id, sku) do update set gtin = excluded.gtin, name = excluded.name, description = excluded.description,
           brand = excluded.brand, price_cents = excluded.price_cents, cost_cents = excluded.cost_cents,
           vat_category = excluded.vat_category, digital = excluded.digital, status = excluded.status,
           low_stock_threshold = excluded.low_stock_threshold, updated_at = now()`,
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
          r.digital,
          r.status,
          r.lowStockThreshold,
        ]),
      );
    }
  });
  return { ...report, written: true };
}

/** Streams the store's products as CSV (keyset batches of 1,000; never the whole table in memory). */
export async function exportProductsCsv(em: EntityManager, storeId: string, out: Writable): Promise<void> {
  const csv = stringify({ header: true, columns: [...PRODUCT_CSV_COLUMNS] });
  csv.pipe(out);
  let after = '';
  for (;;) {
    const rows = await em.execute<Record<string, any>[]>(
      `select sku, gtin, name, description, brand, price_cents, cost_cents, vat_category, digital, status, low_stock_threshold
         from product where store_id = ? and sku > ? order by sku limit 1000`,
      [storeId, after],
    );
    for (const r of rows) {
      const ok = csv.write([
        r.sku,
        r.gtin ?? '',
        r.name,
        r.description ?? '',
        r.brand ?? '',
        formatEuros(r.price_cents),
        formatEuros(r.cost_cents),
        r.vat_category,
        r.digital ? 'true' : 'false',
        r.status,
        r.low_stock_threshold,
      ]);
      if (!ok) await new Promise((res) => csv.once('drain', res));
    }
    if (rows.length < 1000) break;
    after = rows.at(-1)!.sku;
  }
  csv.end();
  await new Promise<void>((res, rej) => {
    out.once('finish', res);
    out.once('error', rej);
  });
}
