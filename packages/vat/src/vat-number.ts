import { euVat, type Validator } from 'stdnum';
import { countryForVatPrefix, EU_COUNTRIES, type EuCountry, type VatPrefix, vatPrefixForCountry } from './countries.js';
import { VAT_NUMBER_FORMATS } from './data/vat-rates.generated.js';

/**
 * Offline checks of EU VAT numbers: country prefix, format and check digits. The per-country
 * algorithms are python-stdnum's, through the `stdnum` npm package (none is written here).
 * A format-valid number may still not be registered: only VIES says that.
 */

export type VatNumberErrorCode = 'EMPTY' | 'UNKNOWN_PREFIX' | 'WRONG_FORMAT' | 'BAD_CHECK_DIGITS';

export interface VatNumberCheck {
  readonly valid: boolean;
  /** The VAT prefix (`EL` for Greece), or null when the input has no EU prefix. */
  readonly countryCode: VatPrefix | null;
  /**
   * Upper case, without spaces, dots and dashes. When valid, the canonical form (`prefix` +
   * national number as VIES expects it; old short forms get their leading zeros, e.g. BE 9 → 10 digits).
   */
  readonly normalized: string;
  /** Human reason when invalid. */
  readonly reason?: string;
  readonly error?: VatNumberErrorCode;
}

const VALIDATORS: Readonly<Record<EuCountry, Validator>> = Object.fromEntries(
  EU_COUNTRIES.map((c) => {
    const v = euVat[c]?.[0];
    if (!v) throw new Error(`stdnum has no VAT validator for ${c}`);
    return [c, v];
  }),
) as Record<EuCountry, Validator>;

const PREFIXES = EU_COUNTRIES.map(vatPrefixForCountry).sort().join(', ');

/** Upper case, spaces (any whitespace), dots and dashes removed. */
export function normalizeVatNumber(input: string): string {
  return input.toUpperCase().replace(/[\s.\-‐-―]/g, '');
}

/**
 * Checks prefix, format and check digits of an EU VAT number such as `LU 150 274 42` or
 * `EL094259216`. The prefix is required (Greece: `EL`; `GR` is rejected with that reason).
 */
export function checkVatNumberFormat(input: string): VatNumberCheck {
  const normalized = normalizeVatNumber(typeof input === 'string' ? input : '');
  if (normalized === '') {
    return { valid: false, countryCode: null, normalized, error: 'EMPTY', reason: 'Empty VAT number' };
  }
  const prefix = normalized.slice(0, 2);
  const country = countryForVatPrefix(prefix);
  if (!country) {
    const reason =
      prefix === 'GR'
        ? 'Unknown country prefix "GR": Greek VAT numbers use the prefix EL'
        : /^[A-Z]{2}$/.test(prefix)
          ? `Unknown country prefix "${prefix}": an EU VAT number starts with one of ${PREFIXES}`
          : `Missing country prefix: an EU VAT number starts with one of ${PREFIXES}`;
    return { valid: false, countryCode: null, normalized, error: 'UNKNOWN_PREFIX', reason };
  }
  const countryCode = vatPrefixForCountry(country);
  const national = normalized.slice(2);
  const expected = VAT_NUMBER_FORMATS[country];
  const wrongFormat = (detail: string): VatNumberCheck => ({
    valid: false,
    countryCode,
    normalized,
    error: 'WRONG_FORMAT',
    reason: `Wrong format for ${countryCode}: ${detail} (expected ${expected})`,
  });

  let result: ReturnType<Validator['validate']>;
  try {
    result = VALIDATORS[country].validate(national);
  } catch {
    return wrongFormat('not a well-formed number');
  }
  if (!result.isValid) {
    switch (result.error?.name) {
      case 'InvalidChecksum':
        return {
          valid: false,
          countryCode,
          normalized,
          error: 'BAD_CHECK_DIGITS',
          reason: `Bad check digits: ${normalized} has the ${countryCode} format but its check digits do not match`,
        };
      case 'InvalidLength':
        return wrongFormat('wrong length');
      case 'InvalidComponent':
        return wrongFormat('a part of the number is not allowed');
      default:
        return wrongFormat('unexpected characters or layout');
    }
  }
  // The library also strips its own prefix and separators; accept only what we passed it,
  // possibly left-padded with zeros (old short forms), so e.g. "LULU15027442" stays invalid.
  const compact = result.compact.toUpperCase();
  if (
    compact !== national &&
    !(compact.length > national.length && compact === national.padStart(compact.length, '0'))
  ) {
    return wrongFormat('unexpected characters after the prefix');
  }
  return { valid: true, countryCode, normalized: `${countryCode}${compact}` };
}
