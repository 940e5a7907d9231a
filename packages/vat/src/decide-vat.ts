import { type EuCountry, isEuCountry } from './countries.js';
import { excludedVatTerritory } from './territories.js';
import { assertIsoDate } from './dates.js';
import { VatError } from './errors.js';
import { VAT_MENTIONS, VATEX_CODES, type VatMention } from './mentions.js';
import type { GoodsKind } from './goods-kinds.js';
import { type GoodsRateBasis, type GoodsRateOverride, rateForGoods } from './goods-rates.js';
import { type ProductRateRequest, rateForProduct } from './product-rates.js';
import type { VatRateCategory } from './rate-types.js';
import { resolveEuCountry } from './rates.js';

export type VatNumberStatus = 'valid' | 'invalid' | 'unknown' | 'none';
export type VatRegime = 'domestic' | 'oss' | 'origin' | 'reverse_charge' | 'exempt';
/** EN 16931 VAT category codes (UNCL5305) this package produces. */
export type VatCategoryCode = 'S' | 'K' | 'AE' | 'G' | 'Z' | 'E';
export type SupplyType = 'goods' | 'services';
export type VatexCode = (typeof VATEX_CODES)[keyof typeof VATEX_CODES];

export interface DecideVatInput {
  readonly seller: { readonly country: string; readonly ossRegistered: boolean };
  readonly buyer: {
    /** ISO 3166-1 alpha-2 of the delivery (goods) or customer (services) country; `EL` is read as `GR`. */
    readonly country: string;
    /**
     * Postal code of that address: parts of member states outside the EU VAT territory (Canary
     * Islands, Heligoland, French overseas departments…) are recognised by it (`territories.ts`).
     */
    readonly postalCode?: string | null;
    /** Town of that address: decides where a postal code is shared (Livigno's former 23030). */
    readonly city?: string | null;
    readonly isBusiness: boolean;
    /** Result of the VIES check of the buyer's VAT number; `none` when the buyer gave none. */
    readonly vatNumberStatus: VatNumberStatus;
  };
  /** `YYYY-MM-DD`, on or after 2021-07-01. */
  readonly supplyDate: string;
  /** The seller's EU cross-border B2C sales excl. VAT (distance sales of goods + TBE services), before this sale. */
  readonly crossBorderB2cSalesCents: { readonly currentYear: number; readonly previousYear: number };
  /** This sale excl. VAT. */
  readonly saleNetCents: number;
  /** Default `goods`. `services` means electronically supplied services (digital products), see README. */
  readonly supplyType?: SupplyType;
}

export interface VatDecision {
  readonly regime: VatRegime;
  /** Whose rates apply (domestic/origin: seller's; oss: buyer's). For 0 % regimes see README. */
  readonly rateCountry: EuCountry;
  /** Invoice-level category: S for taxed regimes (a line may still be Z, see lineCategoryCode). */
  readonly categoryCode: VatCategoryCode;
  readonly mention: VatMention | null;
  /** EN 16931 BT-121 exemption reason code going with the mention, where one exists. */
  readonly exemptionReasonCode: VatexCode | null;
  /** Human explanation of the decision. */
  readonly reason: string;
  /** True when this very sale takes the seller over the €10,000 threshold (it already takes destination VAT). */
  readonly thresholdCrossedBySale: boolean;
}

/** €10,000 EU-wide threshold for distance sales of goods and TBE services (Art. 59c, 14(4) Directive). */
export const OSS_THRESHOLD_CENTS = 1_000_000;
/** The EU e-commerce package (OSS, €10,000 threshold) applies to supplies from this date. */
export const ECOMMERCE_RULES_FROM = '2021-07-01';

const STATUSES: readonly VatNumberStatus[] = ['valid', 'invalid', 'unknown', 'none'];

function euro(cents: number): string {
  const abs = Math.abs(cents);
  const whole = Math.trunc(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${cents < 0 ? '-' : ''}€${whole}.${String(abs % 100).padStart(2, '0')}`;
}

function assertCents(value: unknown, what: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new VatError('INVALID_AMOUNT', `${what} must be a non-negative integer number of cents, got ${value}`, {
      [what]: value,
    });
  }
}

/** Buyer country → EU member state, or 'non-eu'. Monaco is in the French VAT territory (Art. 7). */
function classifyBuyerCountry(raw: unknown): EuCountry | 'non-eu' {
  if (typeof raw !== 'string' || !/^[A-Za-z]{2}$/.test(raw.trim())) {
    throw new VatError(
      'UNKNOWN_COUNTRY',
      `Buyer country must be an ISO 3166-1 alpha-2 code, got ${JSON.stringify(raw)}`,
      {
        country: raw,
      },
    );
  }
  const c = raw.trim().toUpperCase();
  if (c === 'XI') {
    throw new VatError(
      'UNSUPPORTED_COUNTRY',
      'XI (Northern Ireland) follows EU rules for goods with UK VAT rates: not supported, decide manually',
      { country: c },
    );
  }
  if (c === 'EL') return 'GR';
  if (c === 'MC') return 'FR';
  return isEuCountry(c) ? c : 'non-eu';
}

function validate(input: DecideVatInput): {
  seller: EuCountry;
  buyer: EuCountry | 'non-eu';
  territory: string | null;
  supplyType: SupplyType;
} {
  if (typeof input !== 'object' || input === null || !input.seller || !input.buyer || !input.crossBorderB2cSalesCents) {
    throw new VatError(
      'INVALID_INPUT',
      'decideVat needs seller, buyer, supplyDate, crossBorderB2cSalesCents, saleNetCents',
    );
  }
  const seller = resolveEuCountry(input.seller.country);
  const country = classifyBuyerCountry(input.buyer.country);
  const territory =
    country === 'non-eu' ? null : excludedVatTerritory(country, input.buyer.postalCode, input.buyer.city);
  const buyer = territory ? 'non-eu' : country;
  assertIsoDate(input.supplyDate, 'supply date');
  if (input.supplyDate < ECOMMERCE_RULES_FROM) {
    throw new VatError(
      'UNSUPPORTED_SUPPLY_DATE',
      `Supply date ${input.supplyDate} is before ${ECOMMERCE_RULES_FROM}: the distance-selling rules differed then (per-country thresholds), decide manually`,
      { supplyDate: input.supplyDate },
    );
  }
  if (typeof input.seller.ossRegistered !== 'boolean') {
    throw new VatError('INVALID_INPUT', 'seller.ossRegistered must be a boolean');
  }
  if (typeof input.buyer.isBusiness !== 'boolean')
    throw new VatError('INVALID_INPUT', 'buyer.isBusiness must be a boolean');
  if (!STATUSES.includes(input.buyer.vatNumberStatus)) {
    throw new VatError('INVALID_INPUT', `buyer.vatNumberStatus must be one of ${STATUSES.join(', ')}`, {
      vatNumberStatus: input.buyer.vatNumberStatus,
    });
  }
  assertCents(input.crossBorderB2cSalesCents.currentYear, 'crossBorderB2cSalesCents.currentYear');
  assertCents(input.crossBorderB2cSalesCents.previousYear, 'crossBorderB2cSalesCents.previousYear');
  assertCents(input.saleNetCents, 'saleNetCents');
  const supplyType = input.supplyType ?? 'goods';
  if (supplyType !== 'goods' && supplyType !== 'services') {
    throw new VatError('INVALID_INPUT', `supplyType must be 'goods' or 'services'`, { supplyType });
  }
  return { seller, buyer, territory, supplyType };
}

/**
 * Which VAT applies to one invoice, for goods shipped from (or e-services supplied by) a seller
 * established in an EU member state — Luxembourg in Orion — under the rules in force since
 * 2021-07-01 (domain-notes.md "Which VAT applies"):
 * 1. buyer in the seller's country (consumer or business, with or without VAT number) → `domestic`;
 * 2. buyer outside the EU → `exempt` (goods: export, Art. 146, G; e-services: outside scope, E);
 * 3. EU business in another member state with a VALID VAT number → `reverse_charge`
 *    (goods: intra-Community supply, Art. 138, K; services: Art. 196, AE);
 *    an `unknown` status (VIES unavailable) throws `VAT_NUMBER_UNVERIFIED` — never a silent 0 %;
 *    `invalid` or `none` → treated as a consumer;
 * 4. EU consumer in another member state → `oss` (destination rates) when the seller is
 *    OSS-registered, or its cross-border B2C sales exceeded €10,000 in the previous or current
 *    calendar year, or this sale takes the current year above €10,000; otherwise `origin`.
 * @throws VatError `VAT_NUMBER_UNVERIFIED` | `UNKNOWN_COUNTRY` | `UNSUPPORTED_COUNTRY` |
 *   `UNSUPPORTED_SUPPLY_DATE` | `INVALID_DATE` | `INVALID_AMOUNT` | `INVALID_INPUT`
 */
export function decideVat(input: DecideVatInput): VatDecision {
  const { seller, buyer, territory, supplyType } = validate(input);
  const { isBusiness, vatNumberStatus } = input.buyer;

  // 1. Domestic
  if (buyer === seller) {
    const vatNote =
      isBusiness && vatNumberStatus !== 'none'
        ? ` (a ${seller} VAT number does not make a domestic sale reverse-charged)`
        : '';
    return {
      regime: 'domestic',
      rateCountry: seller,
      categoryCode: 'S',
      mention: null,
      exemptionReasonCode: null,
      reason: `Buyer in ${seller}, the seller's country: domestic ${seller} VAT${vatNote}`,
      thresholdCrossedBySale: false,
    };
  }

  // 2. Outside the EU
  if (buyer === 'non-eu') {
    const code = input.buyer.country.trim().toUpperCase();
    const country = territory ? `${territory} (${code}, outside the EU VAT area)` : code;
    if (supplyType === 'goods') {
      return {
        regime: 'exempt',
        rateCountry: seller,
        categoryCode: 'G',
        mention: VAT_MENTIONS.exportGoods,
        exemptionReasonCode: VATEX_CODES.exportGoods,
        reason: `Buyer in ${country}${territory ? '' : ', outside the EU'}: export of goods, exempt (Art. 146), 0 %`,
        thresholdCrossedBySale: false,
      };
    }
    return {
      regime: 'exempt',
      rateCountry: seller,
      categoryCode: 'E',
      mention: VAT_MENTIONS.servicesOutsideEu,
      exemptionReasonCode: null,
      reason: `Customer in ${country}${territory ? '' : ', outside the EU'}: electronically supplied services taxable outside the EU (Art. 44/58), no EU VAT`,
      thresholdCrossedBySale: false,
    };
  }

  // 3. EU business in another member state
  let consumerWhy = 'consumer';
  if (isBusiness) {
    if (vatNumberStatus === 'valid') {
      if (supplyType === 'goods') {
        return {
          regime: 'reverse_charge',
          rateCountry: seller,
          categoryCode: 'K',
          mention: VAT_MENTIONS.intraCommunitySupplyGoods,
          exemptionReasonCode: VATEX_CODES.intraCommunitySupplyGoods,
          reason: `Business in ${buyer} with a valid VAT number: intra-Community supply of goods, exempt (Art. 138), 0 %; the buyer accounts for the VAT`,
          thresholdCrossedBySale: false,
        };
      }
      return {
        regime: 'reverse_charge',
        rateCountry: buyer,
        categoryCode: 'AE',
        mention: VAT_MENTIONS.reverseChargeServices,
        exemptionReasonCode: VATEX_CODES.reverseChargeServices,
        reason: `Business in ${buyer} with a valid VAT number: B2B services, reverse charge (Art. 196), 0 %; the customer accounts for the VAT`,
        thresholdCrossedBySale: false,
      };
    }
    if (vatNumberStatus === 'unknown') {
      const ifChargedAsConsumer = decideVat({ ...input, buyer: { ...input.buyer, vatNumberStatus: 'none' } });
      throw new VatError(
        'VAT_NUMBER_UNVERIFIED',
        `The VAT number of the business buyer in ${buyer} could not be verified (VIES unavailable): retry the check, or charge VAT as to a consumer`,
        { buyerCountry: buyer, ifChargedAsConsumer },
      );
    }
    consumerWhy =
      vatNumberStatus === 'invalid'
        ? 'business with an invalid VAT number, treated as a consumer'
        : 'business without a VAT number, treated as a consumer';
  }

  // 4. EU consumer in another member state: OSS or origin
  const { currentYear, previousYear } = input.crossBorderB2cSalesCents;
  const previousOver = previousYear > OSS_THRESHOLD_CENTS;
  const currentOver = currentYear > OSS_THRESHOLD_CENTS;
  const withSale = currentYear + input.saleNetCents;
  const crossedBySale = !previousOver && !currentOver && withSale > OSS_THRESHOLD_CENTS;
  const who = `${consumerWhy} in ${buyer}`;
  const threshold = euro(OSS_THRESHOLD_CENTS);

  if (input.seller.ossRegistered || previousOver || currentOver || crossedBySale) {
    const why = input.seller.ossRegistered
      ? 'the seller is OSS-registered'
      : previousOver
        ? `cross-border B2C sales were ${euro(previousYear)} last year, above ${threshold}`
        : currentOver
          ? `cross-border B2C sales are ${euro(currentYear)} this year, above ${threshold}`
          : `this sale takes cross-border B2C sales to ${euro(withSale)}, above ${threshold}, so destination VAT applies from this sale on`;
    return {
      regime: 'oss',
      rateCountry: buyer,
      categoryCode: 'S',
      mention: VAT_MENTIONS.oss,
      exemptionReasonCode: null,
      reason: `EU ${who}; ${why} → ${buyer} VAT (OSS)`,
      thresholdCrossedBySale: crossedBySale,
    };
  }
  return {
    regime: 'origin',
    rateCountry: seller,
    categoryCode: 'S',
    mention: null,
    exemptionReasonCode: null,
    reason: `EU ${who}; seller not OSS-registered and cross-border B2C sales (${euro(previousYear)} last year, ${euro(withSale)} this year with this sale) within ${threshold} → ${seller} VAT (origin)`,
    thresholdCrossedBySale: false,
  };
}

/**
 * EN 16931 category code of one invoice line: for taxed regimes (domestic, oss, origin) `S`, or
 * `Z` when the line's rate is 0; for 0 % regimes the regime's code (K, AE, G, E), whose rate must be 0.
 * @throws VatError `INVALID_RATE`
 */
export function lineCategoryCode(
  decision: Pick<VatDecision, 'regime' | 'categoryCode'>,
  rateBp: number,
): VatCategoryCode {
  if (!Number.isSafeInteger(rateBp) || rateBp < 0) {
    throw new VatError('INVALID_RATE', `rateBp must be a non-negative integer, got ${rateBp}`, { rateBp });
  }
  switch (decision.regime) {
    case 'domestic':
    case 'oss':
    case 'origin':
      return rateBp === 0 ? 'Z' : 'S';
    case 'reverse_charge':
    case 'exempt':
      if (rateBp !== 0) {
        throw new VatError('INVALID_RATE', `A ${decision.regime} line must have a 0 % rate, got ${rateBp} bp`, {
          regime: decision.regime,
          rateBp,
        });
      }
      return decision.categoryCode;
    default:
      throw new VatError('INVALID_INPUT', `Unknown regime ${JSON.stringify((decision as { regime: unknown }).regime)}`);
  }
}

export interface LineVat {
  readonly rateBp: number;
  readonly categoryCode: VatCategoryCode;
  /** Table category used, null for 0 % regimes. */
  readonly tableCategory: VatRateCategory | null;
  readonly note?: string;
  /** Under `oss`: how the destination rate was found (see `rateForGoods`). */
  readonly basis?: GoodsRateBasis;
}

/** What a line's rate depends on: the product's domestic category and its kind of goods. */
export interface LineGoods {
  /** The seller's (domestic) category: used for the seller's own rates (domestic, origin). */
  readonly vatCategory: ProductRateRequest;
  /** Used for destination rates (oss); null or missing → the destination's standard rate. */
  readonly goodsKind?: GoodsKind | null;
  /** The seller's choice for this product in the destination, if any. */
  readonly override?: GoodsRateOverride | null;
}

/**
 * Rate and category code of a line under `decision` on `supplyDate`: for `domestic` and `origin`
 * the seller's rate of the product's category; for `oss` the destination's rate for the product's
 * kind of goods (`rateForGoods`: never a rate level carried over from the seller's country); 0 for
 * `reverse_charge` and `exempt`. A bare category is a line without a kind of goods.
 */
export function lineVat(decision: VatDecision, line: ProductRateRequest | LineGoods, supplyDate: string): LineVat {
  const goods: LineGoods = typeof line === 'string' ? { vatCategory: line } : line;
  if (decision.regime === 'reverse_charge' || decision.regime === 'exempt') {
    assertIsoDate(supplyDate, 'supply date');
    return { rateBp: 0, categoryCode: decision.categoryCode, tableCategory: null };
  }
  if (decision.regime === 'oss') {
    const rate = rateForGoods(decision.rateCountry, goods.goodsKind ?? null, supplyDate, goods.override);
    return {
      rateBp: rate.rateBp,
      categoryCode: lineCategoryCode(decision, rate.rateBp),
      tableCategory: rate.tableCategory,
      note: rate.reason,
      basis: rate.basis,
    };
  }
  const rate = rateForProduct(decision.rateCountry, goods.vatCategory, supplyDate);
  return {
    rateBp: rate.rateBp,
    categoryCode: lineCategoryCode(decision, rate.rateBp),
    tableCategory: rate.tableCategory,
    ...(rate.note ? { note: rate.note } : {}),
  };
}
