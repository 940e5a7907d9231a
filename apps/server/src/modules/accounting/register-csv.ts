import type { Writable } from 'node:stream';
import type { StoreCtx } from '../../core/context.js';
import { type CsvDialect, type CsvValue, csvColumns, writeCsv } from '../common/csv-writer.js';
import { keysetRows } from '../common/keyset.js';
import type { VatBreakdownRow } from '../invoicing/invoice-snapshots.js';
import type { AccountingPeriod } from './accounting-period.js';

/** Documents read per query; their rows are expanded per VAT rate in memory, one batch at a time. */
export const REGISTER_BATCH = 1000;

export const REGISTER_COLUMNS = csvColumns({
  number: 'text',
  type: 'text',
  issue_date: 'text',
  supply_date: 'text',
  due_date: 'text',
  status: 'text',
  paid_date: 'date',
  store: 'text',
  customer_number: 'text',
  buyer_name: 'text',
  buyer_vat_number: 'text',
  buyer_country: 'text',
  vat_regime: 'text',
  vat_category: 'text',
  vat_rate: 'decimal',
  net: 'cents',
  vat: 'cents',
  gross: 'cents',
  currency: 'text',
  consumption_member_state: 'text',
  corrected_invoice: 'text',
  order_number: 'integer',
  letzshop_shipment: 'text',
});

export interface RegisterDoc {
  id: string;
  number: string;
  type: 'invoice' | 'credit_note';
  issue_date: string;
  supply_date: string;
  due_date: string | null;
  status: string;
  paid_at: Date | null;
  store: string;
  customer_id: string | null;
  buyer: { name: string; company: string | null; vatNumber: string | null; country: string };
  vat_regime: string;
  rate_country: string | null;
  vat_breakdown: VatBreakdownRow[];
  currency: string;
  corrected: string | null;
  order_number: number | null;
  shipment: string | null;
}

/**
 * The store's documents issued in the period, in (issue date, number) order, keyset-paged. Every
 * statement names the store itself (raw SQL does not pass the tenant filter).
 */
export function registerDocs(ctx: StoreCtx, period: AccountingPeriod, batch = REGISTER_BATCH) {
  return keysetRows(
    (after: [string, string] | null, limit) => {
      const params: unknown[] = [ctx.storeId, period.from, period.to];
      let sql = `select i.id, i.number, i.type, i.issue_date::text as issue_date, i.supply_date::text as supply_date,
          i.due_date::text as due_date, i.status, i.paid_at, s.name as store, o.customer_id, i.buyer,
          i.vat_regime, v.rate_country, i.vat_breakdown, i.currency, c.number as corrected,
          o.order_number, o.external_shipment_id as shipment
        from invoice i
        join store s on s.id = i.store_id
        left join customer_order o on o.id = i.order_id
        left join invoice c on c.id = i.credited_invoice_id
        left join invoice_vat v on v.invoice_id = coalesce(i.credited_invoice_id, i.id)
        where i.store_id = ? and i.issue_date between ? and ?`;
      if (after) {
        sql += ' and (i.issue_date, i.number) > (?::date, ?)';
        params.push(...after);
      }
      sql += ' order by i.issue_date, i.number limit ?';
      return ctx.em.execute<RegisterDoc[]>(sql, [...params, limit]);
    },
    (d): [string, string] => [d.issue_date, d.number],
    batch,
  );
}

/** One register row per document and VAT rate; a credit note's amounts are negative as stored. */
export function registerRows(d: RegisterDoc): CsvValue[][] {
  return d.vat_breakdown.map((b) => [
    d.number,
    d.type,
    d.issue_date,
    d.supply_date,
    d.due_date,
    d.status,
    d.paid_at ? new Date(d.paid_at) : null,
    d.store,
    d.customer_id,
    d.buyer.company ?? d.buyer.name,
    d.buyer.vatNumber,
    d.buyer.country,
    d.vat_regime,
    b.categoryCode,
    b.rateBp / 100,
    b.taxableCents,
    b.vatCents,
    b.taxableCents + b.vatCents,
    d.currency,
    d.vat_regime === 'oss' ? (d.rate_country ?? d.buyer.country) : null,
    d.corrected,
    d.order_number,
    d.shipment,
  ]);
}

/** Streams the register of the period as CSV (constant memory: one batch of documents at a time). */
export async function writeRegisterCsv(
  ctx: StoreCtx,
  period: AccountingPeriod,
  dialect: CsvDialect,
  out: Writable,
): Promise<void> {
  async function* records() {
    for await (const d of registerDocs(ctx, period)) yield* registerRows(d);
  }
  await writeCsv(out, REGISTER_COLUMNS, records(), dialect);
}
