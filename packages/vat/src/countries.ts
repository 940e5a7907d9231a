/** The 27 EU member states by ISO 3166-1 alpha-2 code (Greece is `GR` here, `EL` as VAT prefix). */
export const EU_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

export type EuCountry = (typeof EU_COUNTRIES)[number];

/** VAT-number prefix of a member state: the ISO code, except Greece (`EL`). */
export type VatPrefix = Exclude<EuCountry, 'GR'> | 'EL';

const EU_SET: ReadonlySet<string> = new Set(EU_COUNTRIES);

export function isEuCountry(code: string): code is EuCountry {
  return EU_SET.has(code);
}

export function vatPrefixForCountry(country: EuCountry): VatPrefix {
  return country === 'GR' ? 'EL' : country;
}

/** `EL` → `GR`; any other EU VAT prefix is its ISO code. Null for anything else (including `GR`). */
export function countryForVatPrefix(prefix: string): EuCountry | null {
  if (prefix === 'EL') return 'GR';
  if (prefix === 'GR') return null;
  return isEuCountry(prefix) ? prefix : null;
}

/**
 * Upper-cases and trims a country code and accepts Greece's VAT prefix `EL` as `GR`.
 * Returns null when the result is not an EU member state.
 */
export function toEuCountry(code: string): EuCountry | null {
  const c = code.trim().toUpperCase();
  if (c === 'EL') return 'GR';
  return isEuCountry(c) ? c : null;
}
