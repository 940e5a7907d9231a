import type { InvoiceLanguage } from './types.js';

/**
 * Locale used for every number, amount and date of a document in a given language.
 *
 * - en → en-IE: "€1,234.56", "17%", "1 March 2026" (euro-area English, day-month order).
 * - fr → fr-FR: "1 234,56 €", "17 %", "1 mars 2026". (CLDR's fr-LU groups thousands with a dot,
 *   "1.234,56 €"; the French-standard space grouping is used instead.)
 * - de → de-LU: "1.234,56 €", "17 %", "1. März 2026".
 */
export const LOCALES: Readonly<Record<InvoiceLanguage, string>> = {
  en: 'en-IE',
  fr: 'fr-FR',
  de: 'de-LU',
};

interface Formatters {
  money: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  integer: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  region: Intl.DisplayNames;
}

const cache = new Map<InvoiceLanguage, Formatters>();

function formatters(language: InvoiceLanguage): Formatters {
  let f = cache.get(language);
  if (!f) {
    const locale = LOCALES[language];
    f = {
      money: new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
      percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }),
      integer: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
      region: new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }),
    };
    cache.set(language, f);
  }
  return f;
}

/**
 * The embedded font has no U+202F (narrow no-break space), which ICU uses as the French
 * thousands separator and before "%": print a regular no-break space instead.
 */
function printable(s: string): string {
  return s.replace(/\u202f/g, '\u00a0');
}

function assertSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new TypeError(`${what} must be an integer, got ${String(value)}`);
  }
}

/** Integer cents → "€1,234.56" / "1 234,56 €" / "1.234,56 €". Exact: no floating point. */
export function formatMoney(cents: number, language: InvoiceLanguage): string {
  assertSafeInteger(cents, 'amount in cents');
  return printable(formatters(language).money.format(`${cents}E-2` as `${number}`));
}

/** Basis points → "17%" / "5,5 %" / "25,5 %". Exact: no floating point. */
export function formatRate(rateBp: number, language: InvoiceLanguage): string {
  assertSafeInteger(rateBp, 'VAT rate in basis points');
  return printable(formatters(language).percent.format(`${rateBp}E-4` as `${number}`));
}

export function formatQuantity(quantity: number, language: InvoiceLanguage): string {
  assertSafeInteger(quantity, 'quantity');
  return printable(formatters(language).integer.format(quantity));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' strictly (a real calendar date) to a UTC timestamp. */
export function parseIsoDate(value: string): number {
  const m = ISO_DATE.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) {
      return t;
    }
  }
  throw new RangeError(`invalid date '${value}', expected YYYY-MM-DD`);
}

/** 'YYYY-MM-DD' → "1 March 2026" / "1 mars 2026" / "1. März 2026". */
export function formatDate(isoDate: string, language: InvoiceLanguage): string {
  return printable(formatters(language).date.format(parseIsoDate(isoDate)));
}

/** ISO-2 country code → "Luxembourg" / "Luxembourg" / "Luxemburg" (the code itself if unknown). */
export function formatCountry(code: string, language: InvoiceLanguage): string {
  const upper = code.trim().toUpperCase();
  // 'EL' is the EU's code for Greece (VAT numbers), not an ISO region.
  const iso = upper === 'EL' ? 'GR' : upper;
  try {
    return formatters(language).region.of(iso) ?? upper;
  } catch {
    return upper;
  }
}
