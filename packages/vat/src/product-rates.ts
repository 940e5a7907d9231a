import type { EuCountry } from './countries.js';
import { VatError } from './errors.js';
import { formatRateBp } from './format.js';
import type { ProductVatCategory, VatRateCategory } from './rate-types.js';
import { findRate, resolveEuCountry } from './rates.js';
import { assertIsoDate } from './dates.js';

/**
 * What a product asks for: its `ProductVatCategory`, or `reduced2` to choose a country's higher
 * reduced rate explicitly (e.g. FR 10 % instead of 5.5 %).
 */
export type ProductRateRequest = ProductVatCategory | 'reduced2';

/** One step of a mapping: use this table category if the country has it on the supply date. */
export interface MappingStep {
  readonly category: VatRateCategory;
  /** Why this step applies (always set on fallbacks), returned to the caller. */
  readonly note?: string;
}

export type CountryProductMapping = Readonly<Record<ProductRateRequest, readonly MappingStep[]>>;

export interface ProductRate {
  readonly rateBp: number;
  readonly tableCategory: VatRateCategory;
  readonly note?: string;
}

// ---- building blocks (each country below says which it uses) -----------------------------------

const STANDARD: readonly MappingStep[] = [{ category: 'standard' }];

/** `reduced`: the country's lower reduced rate. */
const lowerReduced = (caveat?: string): readonly MappingStep[] => [
  { category: 'reduced', ...(caveat ? { note: caveat } : {}) },
];

/** `reduced2`: the higher reduced rate; where the country has one reduced rate that day, that one. */
const higherReduced = (country: EuCountry): readonly MappingStep[] => [
  { category: 'reduced2' },
  { category: 'reduced', note: `${country} has a single reduced rate on that date: it applies` },
];

/** `super_reduced` where the country has one (always, in the table's history). */
const superReduced = (caveat?: string): readonly MappingStep[] => [
  { category: 'super_reduced', ...(caveat ? { note: caveat } : {}) },
];

/** `super_reduced` for a country without one (or not on every date): its lowest reduced rate. */
const superReducedOrLowestReduced = (country: EuCountry, when = '', caveat = ''): readonly MappingStep[] => [
  { category: 'super_reduced', ...(caveat ? { note: caveat } : {}) },
  {
    category: 'reduced',
    note: `${country} has no super-reduced rate${when}: its lowest reduced rate applies${caveat ? `. ${caveat}` : ''}`,
  },
];

/** `zero` in a member state that zero-rates some goods. */
const ZERO: readonly MappingStep[] = [{ category: 'zero' }];

/** `zero` in a member state without a zero rate: the standard rate is the legal default (Art. 96). */
const noZeroRate = (country: EuCountry, when = ''): readonly MappingStep[] => [
  {
    category: 'standard',
    note: `${country} has no zero rate${when}: the standard rate applies unless the goods qualify for a reduced rate there (re-categorise the product)`,
  },
];

const FI_REDUCED =
  "Since 2025 FI's 10 % rate covers mainly newspapers and periodicals; food, books and medicines take the higher reduced rate (13.5 %, 14 % before 2026): request 'reduced2' for those";
const IE_REDUCED =
  "IE's 9 % rate covers mainly newspapers and some services; most reduced-rate goods take 13.5 % ('reduced2'); food and books are zero-rated ('zero')";
const IT_REDUCED =
  "IT's 5 % rate is narrow (some social services and hygiene products); most reduced-rate food takes 10 % ('reduced2'), basic food 4 % ('super_reduced')";
const GR_REDUCED = "GR's 6 % covers books, medicines and newspapers; most food takes 13 % ('reduced2')";
const FR_SUPER =
  "FR's 2.1 % covers reimbursable medicines and press publications only; food and books take 5.5 % ('reduced')";
const IE_SUPER = "IE's 4.8 % rate is for livestock; food, books and children's clothing are zero-rated in IE ('zero')";

/**
 * Product category → table category, per member state. Steps are tried in order; the first table
 * category the country has on the supply date wins.
 *
 * Choices (see README):
 * - `reduced` takes the LOWER of two reduced rates (the usual rate for food and books);
 *   `reduced2` reaches the higher one. Countries where the lower rate is narrow carry a caveat note.
 * - `super_reduced` where a country has none: its lowest reduced rate (DK: standard).
 * - `zero` where a country has no zero rate: the standard rate, with a note.
 * - Denmark has no reduced rate at all: everything but `zero` takes 25 %.
 */
export const PRODUCT_CATEGORY_MAP: Readonly<Record<EuCountry, CountryProductMapping>> = {
  AT: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('AT'),
    super_reduced: superReducedOrLowestReduced('AT', ' before 2026-07-01'),
    zero: noZeroRate('AT'),
  },
  BE: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('BE'),
    super_reduced: superReducedOrLowestReduced('BE'),
    zero: ZERO,
  },
  BG: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('BG'),
    super_reduced: superReducedOrLowestReduced('BG'),
    zero: noZeroRate('BG'),
  },
  CY: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('CY'),
    super_reduced: superReducedOrLowestReduced('CY', ' before 2026-08-22'),
    zero: noZeroRate('CY'),
  },
  CZ: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('CZ'),
    super_reduced: superReducedOrLowestReduced('CZ'),
    zero: noZeroRate('CZ'),
  },
  DE: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('DE'),
    super_reduced: superReducedOrLowestReduced('DE'),
    zero: [...ZERO, ...noZeroRate('DE', ' before 2023-01-01')],
  },
  DK: {
    standard: STANDARD,
    reduced: [{ category: 'standard', note: 'DK has no reduced rate: the standard rate applies' }],
    reduced2: [{ category: 'standard', note: 'DK has no reduced rate: the standard rate applies' }],
    super_reduced: [
      { category: 'standard', note: 'DK has no super-reduced or reduced rate: the standard rate applies' },
    ],
    zero: ZERO,
  },
  EE: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('EE'),
    super_reduced: superReducedOrLowestReduced('EE'),
    zero: noZeroRate('EE'),
  },
  ES: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('ES'),
    super_reduced: superReduced(),
    zero: noZeroRate('ES'),
  },
  FI: {
    standard: STANDARD,
    reduced: lowerReduced(FI_REDUCED),
    reduced2: higherReduced('FI'),
    super_reduced: superReducedOrLowestReduced('FI', '', FI_REDUCED),
    zero: ZERO,
  },
  FR: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('FR'),
    super_reduced: superReduced(FR_SUPER),
    zero: noZeroRate('FR'),
  },
  GR: {
    standard: STANDARD,
    reduced: lowerReduced(GR_REDUCED),
    reduced2: higherReduced('GR'),
    super_reduced: superReducedOrLowestReduced('GR'),
    zero: noZeroRate('GR'),
  },
  HR: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('HR'),
    super_reduced: superReducedOrLowestReduced('HR'),
    zero: noZeroRate('HR'),
  },
  HU: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('HU'),
    super_reduced: superReducedOrLowestReduced('HU'),
    zero: noZeroRate('HU'),
  },
  IE: {
    standard: STANDARD,
    reduced: lowerReduced(IE_REDUCED),
    reduced2: higherReduced('IE'),
    super_reduced: superReducedOrLowestReduced('IE', ' from 2026-08-22', IE_SUPER),
    zero: ZERO,
  },
  IT: {
    standard: STANDARD,
    reduced: lowerReduced(IT_REDUCED),
    reduced2: higherReduced('IT'),
    super_reduced: superReduced(),
    zero: noZeroRate('IT'),
  },
  LT: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('LT'),
    super_reduced: superReducedOrLowestReduced('LT'),
    zero: noZeroRate('LT'),
  },
  LU: {
    standard: STANDARD,
    reduced: lowerReduced(),
    // 14 % intermediate rate (taux intermédiaire, a parking rate), 13 % in 2023.
    reduced2: higherReduced('LU'),
    super_reduced: superReduced(),
    zero: noZeroRate('LU'),
  },
  LV: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('LV'),
    super_reduced: superReducedOrLowestReduced('LV'),
    zero: noZeroRate('LV'),
  },
  MT: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('MT'),
    super_reduced: superReducedOrLowestReduced('MT'),
    zero: ZERO,
  },
  NL: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('NL'),
    super_reduced: superReducedOrLowestReduced('NL'),
    zero: noZeroRate('NL'),
  },
  PL: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('PL'),
    super_reduced: superReducedOrLowestReduced('PL'),
    zero: noZeroRate('PL'),
  },
  PT: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('PT'),
    super_reduced: superReducedOrLowestReduced('PT'),
    zero: noZeroRate('PT'),
  },
  RO: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('RO'),
    super_reduced: superReducedOrLowestReduced('RO'),
    zero: noZeroRate('RO'),
  },
  SE: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('SE'),
    super_reduced: superReducedOrLowestReduced('SE'),
    zero: ZERO,
  },
  SI: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('SI'),
    super_reduced: superReducedOrLowestReduced('SI'),
    zero: noZeroRate('SI'),
  },
  SK: {
    standard: STANDARD,
    reduced: lowerReduced(),
    reduced2: higherReduced('SK'),
    super_reduced: superReducedOrLowestReduced('SK'),
    zero: noZeroRate('SK'),
  },
};

const REQUESTS: readonly ProductRateRequest[] = ['standard', 'reduced', 'reduced2', 'super_reduced', 'zero'];

/**
 * The rate a product of `productCategory` takes in `country` on `supplyDate`, following
 * `PRODUCT_CATEGORY_MAP`. `note` explains any fallback or caveat. For the seller's own country
 * (domestic and origin sales): a destination's rate follows the kind of goods (`rateForGoods`).
 * @throws VatError `UNKNOWN_COUNTRY` | `INVALID_DATE` | `INVALID_INPUT` | `RATE_NOT_FOUND`
 */
export function rateForProduct(country: string, productCategory: ProductRateRequest, supplyDate: string): ProductRate {
  const c = resolveEuCountry(country);
  if (!REQUESTS.includes(productCategory)) {
    throw new VatError('INVALID_INPUT', `Unknown product VAT category ${JSON.stringify(productCategory)}`, {
      productCategory,
    });
  }
  assertIsoDate(supplyDate, 'supply date');
  for (const step of PRODUCT_CATEGORY_MAP[c][productCategory]) {
    const row = findRate(c, step.category, supplyDate);
    if (!row) continue;
    const notes: string[] = [];
    if (productCategory === 'reduced' && step.category === 'reduced') {
      const higher = findRate(c, 'reduced2', supplyDate);
      if (higher) {
        notes.push(
          `${c} has two reduced rates on ${supplyDate} (${formatRateBp(row.rateBp)}, ${formatRateBp(higher.rateBp)}): a 'reduced' product takes the lower one; request 'reduced2' for goods at the higher one`,
        );
      }
    }
    if (step.note) notes.push(step.note);
    return {
      rateBp: row.rateBp,
      tableCategory: row.category,
      ...(notes.length > 0 ? { note: notes.join('. ') } : {}),
    };
  }
  throw new VatError('RATE_NOT_FOUND', `No ${productCategory} rate mapping applies in ${c} on ${supplyDate}`, {
    country: c,
    productCategory,
    supplyDate,
  });
}
