import { VatError } from './errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (proleptic Gregorian, year 0001-9999). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

export function assertIsoDate(value: unknown, what = 'date'): asserts value is string {
  if (!isIsoDate(value)) {
    throw new VatError(
      'INVALID_DATE',
      `Invalid ${what} ${JSON.stringify(value)}: expected a calendar date YYYY-MM-DD`,
      {
        value,
      },
    );
  }
}
