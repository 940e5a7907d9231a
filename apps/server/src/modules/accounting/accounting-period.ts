import { type CsvDialect, EXCEL_EU_CSV, GENERIC_CSV } from '../common/csv-writer.js';
import { ValidationError } from '../../core/errors.js';
import { parseZipRange } from '../invoicing/invoice-zip.js';

/** A period of issue dates, both ends included (at most a year, like the invoice ZIP). */
export interface AccountingPeriod {
  from: string;
  to: string;
}

/** Reads `from`/`to` the way every invoice export does (one rule: the ZIP's range check). */
export function parsePeriod(query: Record<string, unknown>): AccountingPeriod {
  const { from, to } = parseZipRange({ from: query.from, to: query.to });
  return { from, to };
}

export const CSV_DIALECTS: Record<string, CsvDialect> = { generic: GENERIC_CSV, excel: EXCEL_EU_CSV };

/** `dialect=generic|excel`: an explicit choice, refused when it is anything else. */
export function parseDialect(value: unknown): CsvDialect {
  const dialect = typeof value === 'string' ? CSV_DIALECTS[value] : undefined;
  if (!dialect) throw new ValidationError({ dialect: 'must be generic or excel' });
  return dialect;
}
