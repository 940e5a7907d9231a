import countries from 'i18n-iso-countries';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { ValidationError } from '../../core/errors.js';

/**
 * Country codes: ISO 3166-1 alpha-2 (the `i18n-iso-countries` list), plus XI — Northern Ireland,
 * a code of the user-assigned range that EU VAT uses: goods going there follow EU rules, so the
 * VAT decision must see it rather than GB (it refuses XI: decided by hand).
 */
const CODES = new Set([...Object.keys(countries.getAlpha2Codes()), 'XI']);

export const COUNTRY_RULE = 'must be an ISO 3166-1 alpha-2 country code, such as LU, FR or DE';

/** The code, upper-cased, when `raw` is one; otherwise null. Only ASCII letters are upper-cased. */
export function toCountryCode(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const t = raw.trim();
  if (!/^[A-Za-z]{2}$/.test(t)) return null;
  const c = t.toUpperCase();
  return CODES.has(c) ? c : null;
}

export const isCountryCode = (raw: unknown) => toCountryCode(raw) !== null;

/** class-validator: a country code as `toCountryCode` accepts it. */
export function IsCountryCode(options: ValidationOptions = {}) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCountryCode',
      target: target.constructor,
      propertyName,
      options: { message: COUNTRY_RULE, ...options },
      validator: { validate: (value: unknown) => isCountryCode(value) },
    });
}

/** The code, or a refusal naming the field (entity hooks: every writer, whatever its path). */
export function requireCountryCode(raw: unknown, field = 'country'): string {
  const code = toCountryCode(raw);
  if (code === null) throw new ValidationError({ [field]: COUNTRY_RULE });
  return code;
}
