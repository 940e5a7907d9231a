export {
  countryForVatPrefix,
  EU_COUNTRIES,
  type EuCountry,
  isEuCountry,
  toEuCountry,
  type VatPrefix,
  vatPrefixForCountry,
} from './countries.js';
export {
  RATE_RECONCILIATION,
  SNAPSHOT_EXCLUSIONS,
  TEDB_SNAPSHOT,
  TEDB_SNAPSHOT_DATE,
  VAT_NUMBER_FORMATS,
  ZERO_RATE_BASIS,
} from './data/vat-rates.generated.js';
export { isIsoDate } from './dates.js';
export { excludedVatTerritory } from './territories.js';
export {
  type DecideVatInput,
  decideVat,
  ECOMMERCE_RULES_FROM,
  type LineGoods,
  type LineVat,
  lineCategoryCode,
  lineVat,
  OSS_THRESHOLD_CENTS,
  type SupplyType,
  type VatCategoryCode,
  type VatDecision,
  type VatexCode,
  type VatNumberStatus,
  type VatRegime,
} from './decide-vat.js';
export { isVatError, VatError, type VatErrorCode } from './errors.js';
export { formatRateBp } from './format.js';
export { GOODS_KIND_SCOPE, GOODS_KINDS, type GoodsKind, isGoodsKind } from './goods-kinds.js';
export {
  domesticCategoryForKind,
  findGoodsRateEntry,
  GOODS_RATES,
  type GoodsRate,
  type GoodsRateBasis,
  type GoodsRateEntry,
  type GoodsRateOverride,
  rateForGoods,
} from './goods-rates.js';
export { suggestGoodsKind } from './suggest-goods-kind.js';
export { VAT_MENTIONS, VATEX_CODES, type VatMention, type VatMentionKey } from './mentions.js';
export { extractVat, type NetAndVat, vatOnNet } from './money.js';
export {
  type CountryProductMapping,
  type MappingStep,
  PRODUCT_CATEGORY_MAP,
  type ProductRate,
  type ProductRateRequest,
  rateForProduct,
} from './product-rates.js';
export type { IsoDate, ProductVatCategory, VatRateCategory, VatRateRow, VatRateSource } from './rate-types.js';
export { findRate, lookupRate, ratesInForce, resolveEuCountry, VAT_RATE_CATEGORIES, VAT_RATES } from './rates.js';
export {
  checkVatNumberFormat,
  normalizeVatNumber,
  type VatNumberCheck,
  type VatNumberErrorCode,
} from './vat-number.js';
