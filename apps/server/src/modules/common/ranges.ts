import { IsInt, Max, Min } from 'class-validator';
import { formatEuros } from './money.js';

/**
 * The documented maxima of numbers people type, chosen so that no sum Orion computes from them
 * leaves the 32-bit integer columns, and the decorators that refuse anything outside them with one
 * message naming the allowed range (never clamped).
 */
export const MAX_AMOUNT_CENTS = 100_000_000; // €1,000,000.00 — a price, a shipping fee, a discount
export const MAX_LINE_QUANTITY = 10_000; // pieces on one order or credit-note line
/** An order's goods + shipping: the totals are 32-bit integer cents (€21,474,836.47), kept well below. */
export const MAX_ORDER_TOTAL_CENTS = 1_000_000_000; // €10,000,000.00

export const wholeNumberRange = (min: number, max: number) => `must be a whole number from ${min} to ${max}`;
export const amountRange = (min: number, max: number) =>
  `must be an amount from €${formatEuros(min)} to €${formatEuros(max)} (${min} to ${max} cents)`;

function range(min: number, max: number, message: string): PropertyDecorator {
  return (target, key) => {
    IsInt({ message })(target, key as string);
    Min(min, { message })(target, key as string);
    Max(max, { message })(target, key as string);
  };
}

/** A whole number from `min` to `max`, e.g. `@WholeNumber(0, 120) paymentDueDays`. */
export const WholeNumber = (min: number, max: number): PropertyDecorator => range(min, max, wholeNumberRange(min, max));

/** An amount in cents from `min` to `max`. */
export const Cents = (min = 0, max = MAX_AMOUNT_CENTS): PropertyDecorator => range(min, max, amountRange(min, max));
