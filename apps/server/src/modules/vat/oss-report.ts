import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { ValidationError } from '../../core/errors.js';
import { type CsvDialect, csvColumns, csvText, GENERIC_CSV } from '../common/csv-writer.js';

@ObjectType({ description: 'One line of the OSS return: a member state of consumption and a rate' })
export class OssReportRow {
  @Field({ description: 'Member state of consumption (ISO; Greece GR)' }) memberState!: string;
  @Field(() => Int, { description: 'The VAT rate in basis points.' }) rateBp!: number;
  @Field(() => Int, { description: 'Taxable amount, credit notes subtracted' }) taxableCents!: number;
  @Field(() => Int, { description: 'VAT, credit notes subtracted' }) vatCents!: number;
  @Field(() => Int, { description: 'Of which credit notes (≤ 0)' }) creditNoteTaxableCents!: number;
  @Field(() => Int, { description: 'VAT of the credit notes, in cents (subtracted).' }) creditNoteVatCents!: number;
  @Field(() => Int, { description: 'Invoices counted.' }) invoiceCount!: number;
  @Field(() => Int, { description: 'Credit notes counted.' }) creditNoteCount!: number;
}

@ObjectType({ description: 'Union OSS quarterly return: sales to EU consumers charged with their VAT' })
export class OssReport {
  @Field(() => Int, { description: 'The calendar year.' }) year!: number;
  @Field(() => Int, { description: 'The quarter, 1–4.' }) quarter!: number;
  @Field({ description: 'YYYY-MM-DD, first day' }) from!: string;
  @Field({ description: 'YYYY-MM-DD, last day' }) to!: string;
  @Field(() => [OssReportRow], { description: 'One row per country and rate.' }) rows!: OssReportRow[];
  @Field(() => Int, { description: 'Taxable amount of all rows, in cents.' }) totalTaxableCents!: number;
  @Field(() => Int, { description: 'VAT of all rows, in cents.' }) totalVatCents!: number;
}

export function quarterBounds(year: number, quarter: number): { from: string; to: string } {
  const bad: Record<string, string> = {};
  if (!Number.isInteger(year) || year < 2021 || year > 2100) bad.year = 'must be between 2021 and 2100';
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) bad.quarter = 'must be 1, 2, 3 or 4';
  if (Object.keys(bad).length) throw new ValidationError(bad);
  const m = (quarter - 1) * 3 + 1;
  const from = `${year}-${String(m).padStart(2, '0')}-01`;
  const end = new Date(Date.UTC(year, m + 2, 0)); // last day of the quarter's third month
  return { from, to: end.toISOString().slice(0, 10) };
}

/**
 * The OSS return of a quarter from the store's issued documents under the `oss` regime: invoices
 * by supply date, credit notes by issue date (a correction goes into the return of the period it
 * is made in), each credit note under its invoice's member state. Per (member state, rate): the
 * taxable amount and the VAT from the documents' VAT breakdowns, so the report adds up to them.
 */
export async function ossReport(em: EntityManager, storeId: string, year: number, quarter: number): Promise<OssReport> {
  const { from, to } = quarterBounds(year, quarter);
  const rows = await em.execute<
    {
      member_state: string;
      rate_bp: number;
      taxable: string;
      vat: string;
      cn_taxable: string;
      cn_vat: string;
      invoices: number;
      credit_notes: number;
    }[]
  >(
    `select v.rate_country as member_state, (b->>'rateBp')::int as rate_bp,
            sum((b->>'taxableCents')::bigint) as taxable, sum((b->>'vatCents')::bigint) as vat,
            coalesce(sum((b->>'taxableCents')::bigint) filter (where i.type = 'credit_note'), 0) as cn_taxable,
            coalesce(sum((b->>'vatCents')::bigint) filter (where i.type = 'credit_note'), 0) as cn_vat,
            count(distinct i.id) filter (where i.type = 'invoice')::int as invoices,
            count(distinct i.id) filter (where i.type = 'credit_note')::int as credit_notes
       from invoice i
       join invoice_vat v on v.invoice_id = coalesce(i.credited_invoice_id, i.id) and v.store_id = i.store_id
       cross join lateral jsonb_array_elements(i.vat_breakdown) b
      where i.store_id = ? and i.vat_regime = 'oss'
        and ((i.type = 'invoice' and i.supply_date between ? and ?)
          or (i.type = 'credit_note' and i.issue_date between ? and ?))
      group by 1, 2
      order by 1, 2 desc`,
    [storeId, from, to, from, to],
  );
  const out = rows.map((r) => ({
    memberState: r.member_state,
    rateBp: r.rate_bp,
    taxableCents: Number(r.taxable),
    vatCents: Number(r.vat),
    creditNoteTaxableCents: Number(r.cn_taxable),
    creditNoteVatCents: Number(r.cn_vat),
    invoiceCount: r.invoices,
    creditNoteCount: r.credit_notes,
  }));
  return {
    year,
    quarter,
    from,
    to,
    rows: out,
    totalTaxableCents: out.reduce((s, r) => s + r.taxableCents, 0),
    totalVatCents: out.reduce((s, r) => s + r.vatCents, 0),
  };
}

export const OSS_CSV_COLUMNS = csvColumns({
  year: 'integer',
  quarter: 'integer',
  member_state: 'text',
  rate: 'decimal',
  taxable_amount: 'cents',
  vat_amount: 'cents',
  credit_notes_taxable_amount: 'cents',
  credit_notes_vat_amount: 'cents',
  invoices: 'integer',
  credit_notes: 'integer',
});

/** The report as CSV (amounts in euros; rate in percent, e.g. 5.5), one row per line, then a total. */
export function ossReportCsv(r: OssReport, dialect: CsvDialect = GENERIC_CSV): string {
  const rows = r.rows.map((row) => [
    r.year,
    r.quarter,
    row.memberState,
    row.rateBp / 100,
    row.taxableCents,
    row.vatCents,
    row.creditNoteTaxableCents,
    row.creditNoteVatCents,
    row.invoiceCount,
    row.creditNoteCount,
  ]);
  const total = [r.year, r.quarter, 'TOTAL', null, r.totalTaxableCents, r.totalVatCents, null, null, null, null];
  return csvText(OSS_CSV_COLUMNS, [...rows, total], dialect);
}
