import type { EuCountry } from './countries.js';

/** A row category of the dated rate table. */
export type VatRateCategory = 'standard' | 'reduced' | 'reduced2' | 'super_reduced' | 'zero' | 'parking';

/** The VAT category a product carries (mapped per country by `rateForProduct`). */
export type ProductVatCategory = 'standard' | 'reduced' | 'super_reduced' | 'zero';

/** Where a row comes from: the ibericode history file, the TEDB 2026-08-22 snapshot, or the law. */
export type VatRateSource = 'ibericode-2025-08-12' | 'tedb-2026-08-22' | 'law';

/** Dates are ISO `YYYY-MM-DD` strings; `0000-01-01` means "since before the source's horizon". */
export type IsoDate = string;

export interface VatRateRow {
  readonly country: EuCountry;
  readonly category: VatRateCategory;
  /** Basis points: 1700 = 17 %, 550 = 5.5 %, 2550 = 25.5 %. */
  readonly rateBp: number;
  /** First day the rate applies (inclusive). */
  readonly validFrom: IsoDate;
  /** Last day the rate applies (inclusive), null while in force. */
  readonly validTo: IsoDate | null;
  readonly source: VatRateSource;
}
