import type { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Options, stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { neutraliseCell } from './csv-formula.js';
import { formatEuros } from './money.js';

/**
 * What a column holds, so the writer knows how to write it:
 * - `text`: a string (or null for an empty cell), neutralised against formula injection;
 * - `integer`: a whole number;
 * - `cents`: integer cents, written as decimal euros (`-12.50`, or `-12,50` with a decimal comma);
 * - `decimal`: any finite number (`5.5`, or `5,5`);
 * - `date`: a Date, written as its UTC day `YYYY-MM-DD`;
 * - `e164`: a phone number in E.164 (`+352621123456`), written as is: a `+` and digits only,
 *   nothing a spreadsheet could run, and mailing tools need the `+`.
 * Number and date cells are never neutralised: `-12.50` stays a number for the spreadsheet.
 */
export type CsvKind = 'text' | 'integer' | 'cents' | 'decimal' | 'date' | 'e164';
export interface CsvColumn {
  readonly name: string;
  readonly kind: CsvKind;
}
export type CsvValue = string | number | Date | null | undefined;

export interface CsvDialect {
  readonly delimiter: ',' | ';' | '\t';
  /** Start with a UTF-8 byte order mark (Excel needs it to read UTF-8). */
  readonly bom: boolean;
  /** Write `12,50` instead of `12.50`. */
  readonly decimalComma: boolean;
}

/** UTF-8, comma, decimal point: for tools and for re-import. */
export const GENERIC_CSV: CsvDialect = { delimiter: ',', bom: false, decimalComma: false };
/** What Excel in Luxembourg, France and Germany opens with a double click: BOM, semicolon, decimal comma. */
export const EXCEL_EU_CSV: CsvDialect = { delimiter: ';', bom: true, decimalComma: true };

/** Builds the column list from `{ name: kind }`, in the order given. */
export function csvColumns(kinds: Record<string, CsvKind>): CsvColumn[] {
  return Object.entries(kinds).map(([name, kind]) => ({ name, kind }));
}

function wrongValue(column: CsvColumn, value: CsvValue): never {
  throw new TypeError(`CSV column ${column.name} (${column.kind}) cannot hold ${JSON.stringify(value)}`);
}

function cellOf(column: CsvColumn, value: CsvValue, dialect: CsvDialect): string {
  if (value === null || value === undefined) return '';
  const decimal = (s: string) => (dialect.decimalComma ? s.replace('.', ',') : s);
  switch (column.kind) {
    case 'text':
      return typeof value === 'string' ? neutraliseCell(value) : wrongValue(column, value);
    case 'integer':
      return Number.isSafeInteger(value) ? String(value) : wrongValue(column, value);
    case 'cents':
      return Number.isSafeInteger(value) ? decimal(formatEuros(value as number)) : wrongValue(column, value);
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value) ? decimal(String(value)) : wrongValue(column, value);
    case 'e164':
      return typeof value === 'string' && /^\+[1-9]\d{1,14}$/.test(value) ? value : wrongValue(column, value);
    case 'date':
      return value instanceof Date && !Number.isNaN(value.getTime())
        ? value.toISOString().slice(0, 10)
        : wrongValue(column, value);
  }
}

/** One record as CSV cells: `values` in the order of `columns`. */
export function csvCells(columns: readonly CsvColumn[], values: readonly CsvValue[], dialect: CsvDialect): string[] {
  if (values.length !== columns.length)
    throw new TypeError(`CSV record has ${values.length} values for ${columns.length} columns`);
  return columns.map((c, i) => cellOf(c, values[i], dialect));
}

function options(columns: readonly CsvColumn[], dialect: CsvDialect): Options {
  return {
    header: true,
    columns: columns.map((c) => c.name),
    delimiter: dialect.delimiter,
    bom: dialect.bom,
    record_delimiter: '\r\n',
    // csv-stringify quotes only the record delimiter itself; a lone line break must be quoted too.
    quoted_match: /[\r\n]/,
  };
}

/**
 * Streams records as CSV into `out` with back-pressure (the records may come from keyset batches;
 * never the whole table in memory). The header row carries the column names.
 */
export async function writeCsv(
  out: Writable,
  columns: readonly CsvColumn[],
  records: AsyncIterable<readonly CsvValue[]> | Iterable<readonly CsvValue[]>,
  dialect: CsvDialect = GENERIC_CSV,
): Promise<void> {
  async function* cells() {
    for await (const values of records) yield csvCells(columns, values, dialect);
  }
  await pipeline(Readable.from(cells()), stringify(options(columns, dialect)), out);
}

/** A small table as one CSV string (a report of a few rows). */
export function csvText(
  columns: readonly CsvColumn[],
  records: Iterable<readonly CsvValue[]>,
  dialect: CsvDialect = GENERIC_CSV,
): string {
  return stringifySync(
    [...records].map((values) => csvCells(columns, values, dialect)),
    options(columns, dialect),
  );
}
