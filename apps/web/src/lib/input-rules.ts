import type { TFunction } from 'i18next';
import { formatCents, parseEuros } from './money';

/**
 * What a person types is checked and refused with the allowed range — never clamped or replaced by
 * a default. The ranges are the server's (apps/server/src/modules/common/ranges.ts), which checks
 * again; Mantine's NumberInput is used with `clampBehavior="none"`.
 */
export const MAX_AMOUNT_CENTS = 100_000_000;
export const MAX_LINE_QUANTITY = 10_000;
export const MAX_ADJUST_QUANTITY = 1_000_000;
export const MAX_PAYMENT_DUE_DAYS = 120;

/** Cents for an amount typed in euros ("12.90", "12,90"), or the message saying what is allowed. */
export function parseAmount(
  text: string,
  t: TFunction,
  locale: string,
  { min = 0, max = MAX_AMOUNT_CENTS }: { min?: number; max?: number } = {},
): { cents: number; error: null } | { cents: null; error: string } {
  const cents = parseEuros(text);
  if (cents === null || cents < min || cents > max)
    return {
      cents: null,
      error: t('inputs.amountRange', { min: formatCents(min, locale), max: formatCents(max, locale) }),
    };
  return { cents, error: null };
}

/** The message for a value that is not a whole number from `min` to `max`; null when it is one. */
export function wholeNumberError(value: number | string, t: TFunction, min: number, max: number): string | null {
  const n = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? null : t('inputs.wholeNumberRange', { min, max });
}
