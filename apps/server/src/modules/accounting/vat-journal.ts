import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { StoreCtx } from '../../core/context.js';
import { type CsvDialect, csvColumns, writeCsv } from '../common/csv-writer.js';
import type { Writable } from 'node:stream';
import type { AccountingPeriod } from './accounting-period.js';

/** Where a supply goes in the LU VAT return: taxed at home, through the OSS, or zero-rated out. */
export enum SupplyKind {
  DOMESTIC = 'domestic',
  OSS = 'oss',
  INTRA_COMMUNITY = 'intra_community',
  EXPORT = 'export',
}
registerEnumType(SupplyKind, {
  name: 'SupplyKind',
  description: 'Where a supply goes in the VAT return',
  valuesConfig: {
    DOMESTIC: { description: 'Taxed in Luxembourg (domestic and distance sales below the threshold)' },
    OSS: { description: "Taxed in the consumer's member state, declared through the One-Stop Shop" },
    INTRA_COMMUNITY: { description: 'Intra-Community supply or reverse charge: no VAT charged' },
    EXPORT: { description: 'Export outside the EU: exempt' },
  },
});

/** One rule for the journal, the register's check and FAIA: the kind of a row of the VAT breakdown. */
export function supplyKind(regime: string, categoryCode: string): SupplyKind {
  if (categoryCode === 'K' || categoryCode === 'AE') return SupplyKind.INTRA_COMMUNITY;
  if (categoryCode === 'G') return SupplyKind.EXPORT;
  if (regime === 'oss') return SupplyKind.OSS;
  return SupplyKind.DOMESTIC;
}

@ObjectType({ description: 'Totals of one VAT regime, category and rate over a period (credit notes subtracted)' })
export class VatJournalRow {
  @Field(() => SupplyKind, { description: 'Where it goes in the VAT return' })
  kind!: SupplyKind;
  @Field({ description: 'VAT regime of the documents: domestic, origin, oss, reverse_charge or exempt' })
  regime!: string;
  @Field({ description: 'UNCL 5305 VAT category code (S, Z, K, AE, G, E)' }) categoryCode!: string;
  @Field(() => Int, { description: 'VAT rate in basis points (1700 = 17 %)' }) rateBp!: number;
  @Field(() => Int, { description: 'Net (taxable) amount in cents' }) netCents!: number;
  @Field(() => Int, { description: 'VAT in cents' }) vatCents!: number;
  @Field(() => Int, { description: 'Net plus VAT in cents' }) grossCents!: number;
  @Field(() => Int, { description: 'Invoices with a line at this regime, category and rate' }) invoiceCount!: number;
  @Field(() => Int, { description: 'Credit notes with a line at this regime, category and rate' })
  creditNoteCount!: number;
}

@ObjectType({ description: 'Numbers missing from an invoice or credit-note series within the period' })
export class NumberingGap {
  @Field({ description: 'The series (number prefix)' }) series!: string;
  @Field(() => Int, { description: 'First missing position in the series' }) fromSequence!: number;
  @Field(() => Int, { description: 'Last missing position in the series' }) toSequence!: number;
}

@ObjectType({ description: 'VAT journal of a period: what the LU VAT return needs, and the check of the register' })
export class VatJournal {
  @Field({ description: 'First issue date, YYYY-MM-DD' }) from!: string;
  @Field({ description: 'Last issue date, YYYY-MM-DD' }) to!: string;
  @Field(() => Int, { description: 'Invoices issued in the period' }) invoiceCount!: number;
  @Field(() => Int, { description: 'Credit notes issued in the period' }) creditNoteCount!: number;
  @Field(() => [VatJournalRow], { description: 'Per kind, regime, category and rate' }) rows!: VatJournalRow[];
  @Field(() => Int, { description: 'Net of all documents in cents' }) netCents!: number;
  @Field(() => Int, { description: 'VAT of all documents in cents' }) vatCents!: number;
  @Field(() => Int, { description: 'Gross of all documents in cents' }) grossCents!: number;
  @Field(() => [NumberingGap], { description: 'Gaps in a numbering series within the period (there should be none)' })
  numberingGaps!: NumberingGap[];
}

/**
 * The journal from the documents' VAT breakdowns (the same amounts the register's rows carry), by
 * issue date: a credit note counts in the period it is issued in.
 */
export async function vatJournal(ctx: StoreCtx, period: AccountingPeriod): Promise<VatJournal> {
  const raw = await ctx.em.execute<
    { regime: string; category: string; rate_bp: number; net: string; vat: string; invoices: number; notes: number }[]
  >(
    `select i.vat_regime as regime, b->>'categoryCode' as category, (b->>'rateBp')::int as rate_bp,
        sum((b->>'taxableCents')::bigint) as net, sum((b->>'vatCents')::bigint) as vat,
        count(distinct i.id) filter (where i.type = 'invoice')::int as invoices,
        count(distinct i.id) filter (where i.type = 'credit_note')::int as notes
      from invoice i cross join lateral jsonb_array_elements(i.vat_breakdown) b
      where i.store_id = ? and i.issue_date between ? and ?
      group by 1, 2, 3 order by 1, 2, 3 desc`,
    [ctx.storeId, period.from, period.to],
  );
  const [counts] = await ctx.em.execute<{ invoices: number; notes: number }[]>(
    `select count(*) filter (where type = 'invoice')::int as invoices,
        count(*) filter (where type = 'credit_note')::int as notes
      from invoice where store_id = ? and issue_date between ? and ?`,
    [ctx.storeId, period.from, period.to],
  );
  const rows = raw
    .map((r) => ({
      kind: supplyKind(r.regime, r.category),
      regime: r.regime,
      categoryCode: r.category,
      rateBp: r.rate_bp,
      netCents: Number(r.net),
      vatCents: Number(r.vat),
      grossCents: Number(r.net) + Number(r.vat),
      invoiceCount: r.invoices,
      creditNoteCount: r.notes,
    }))
    .sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  const sum = (k: 'netCents' | 'vatCents' | 'grossCents') => rows.reduce((s, r) => s + r[k], 0);
  return {
    ...period,
    invoiceCount: counts?.invoices ?? 0,
    creditNoteCount: counts?.notes ?? 0,
    rows,
    netCents: sum('netCents'),
    vatCents: sum('vatCents'),
    grossCents: sum('grossCents'),
    numberingGaps: await numberingGaps(ctx, period),
  };
}

const KINDS = Object.values(SupplyKind);

/**
 * Missing positions between the first and last number of each of the seller's series issued in
 * the period. A series belongs to the seller (all its stores), so the other stores' numbers count
 * as present; only the positions are read from them.
 */
export async function numberingGaps(ctx: StoreCtx, period: AccountingPeriod): Promise<NumberingGap[]> {
  return ctx.em.execute<NumberingGap[]>(
    `with mine as (
        select i.merchant_id, i.series, min(i.sequence) as lo, max(i.sequence) as hi
        from invoice i where i.store_id = ? and i.issue_date between ? and ? and not i.duplicate_number
        group by 1, 2),
      missing as (
        select m.series, g.n from mine m cross join lateral generate_series(m.lo, m.hi) g(n)
        where not exists (select 1 from invoice x where x.merchant_id = m.merchant_id and x.series = m.series
          and x.sequence = g.n and not x.duplicate_number))
      select series, min(n)::int as "fromSequence", max(n)::int as "toSequence"
      from (select series, n, n - row_number() over (partition by series order by n) as grp from missing) s
      group by series, grp order by series, 2`,
    [ctx.storeId, period.from, period.to],
  );
}

export const JOURNAL_COLUMNS = csvColumns({
  kind: 'text',
  vat_regime: 'text',
  vat_category: 'text',
  vat_rate: 'decimal',
  net: 'cents',
  vat: 'cents',
  gross: 'cents',
  invoices: 'integer',
  credit_notes: 'integer',
});

/**
 * The journal as CSV: its rows, a total row, then the register's check (document count and any
 * numbering gap; "none" when there is none).
 */
export async function writeVatJournalCsv(
  ctx: StoreCtx,
  period: AccountingPeriod,
  dialect: CsvDialect,
  out: Writable,
): Promise<void> {
  const j = await vatJournal(ctx, period);
  const records = [
    ...j.rows.map((r) => [
      r.kind,
      r.regime,
      r.categoryCode,
      r.rateBp / 100,
      r.netCents,
      r.vatCents,
      r.grossCents,
      r.invoiceCount,
      r.creditNoteCount,
    ]),
    ['total', null, null, null, j.netCents, j.vatCents, j.grossCents, j.invoiceCount, j.creditNoteCount],
    [
      'numbering_gaps',
      j.numberingGaps.length
        ? j.numberingGaps.map((g) => `${g.series} ${g.fromSequence}–${g.toSequence}`).join(', ')
        : 'none',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
  ];
  await writeCsv(out, JOURNAL_COLUMNS, records, dialect);
}
