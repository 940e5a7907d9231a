/** Machine-readable reasons a VAT function refused to answer. */
export type VatErrorCode =
  /** Not a real `YYYY-MM-DD` calendar date. */
  | 'INVALID_DATE'
  /** Not one of the 27 EU member states where one is required (or not a 2-letter code at all). */
  | 'UNKNOWN_COUNTRY'
  /** A territory this package cannot decide for (e.g. `XI`, Northern Ireland). */
  | 'UNSUPPORTED_COUNTRY'
  /** No row of that category in force on that date. */
  | 'RATE_NOT_FOUND'
  /** Supply date before 2021-07-01, when the current EU e-commerce rules (OSS, €10,000) started. */
  | 'UNSUPPORTED_SUPPLY_DATE'
  /**
   * EU business buyer in another member state whose VAT number could not be checked (VIES down,
   * busy, timeout). Neither 0 % nor VAT can be decided safely: the caller must retry VIES or decide
   * to charge VAT (call again with `vatNumberStatus: 'none'`). `details.ifChargedAsConsumer` holds
   * the decision that would then apply.
   */
  | 'VAT_NUMBER_UNVERIFIED'
  /** An amount that is not a safe integer number of cents (or negative where not allowed). */
  | 'INVALID_AMOUNT'
  /** A rate that is not a non-negative integer of basis points, or not allowed for the regime. */
  | 'INVALID_RATE'
  /** Any other malformed input. */
  | 'INVALID_INPUT';

export class VatError extends Error {
  readonly code: VatErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: VatErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'VatError';
    this.code = code;
    this.details = details;
  }
}

export function isVatError(e: unknown, code?: VatErrorCode): e is VatError {
  return e instanceof VatError && (code === undefined || e.code === code);
}
