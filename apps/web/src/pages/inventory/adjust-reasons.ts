import type { InventoryReason } from '../../gql/graphql';

/**
 * The direction each adjustment reason allows — the server's rule (modules/inventory/adjust-reasons.ts),
 * which refuses a contradicting sign with ADJUSTMENT_DIRECTION_MISMATCH. The form asks for an
 * amount and, where the reason allows both, for the direction; it never guesses a sign.
 */
export type AdjustDirection = 'increase' | 'decrease' | 'either' | 'set';

export const ADJUST_REASONS: { reason: InventoryReason; direction: AdjustDirection }[] = [
  { reason: 'RECEIVED', direction: 'increase' },
  { reason: 'RETURNED', direction: 'increase' },
  { reason: 'DAMAGED', direction: 'decrease' },
  { reason: 'LOST', direction: 'decrease' },
  { reason: 'THEFT', direction: 'decrease' },
  { reason: 'SAMPLE', direction: 'decrease' },
  { reason: 'FOUND', direction: 'either' },
  { reason: 'CORRECTION', direction: 'either' },
  { reason: 'COUNTED', direction: 'set' },
];

export const directionOf = (reason: InventoryReason): AdjustDirection =>
  ADJUST_REASONS.find((r) => r.reason === reason)?.direction ?? 'either';

/**
 * The signed change sent to the API and the stock it leads to, or null while the direction of an
 * "either" reason is not chosen. `amount` is what the person typed (a count for COUNTED).
 */
export function plannedChange(
  reason: InventoryReason,
  amount: number,
  chosen: 'add' | 'remove' | null,
  before: number,
): { quantity: number; after: number } | null {
  const direction = directionOf(reason);
  if (direction === 'set') return { quantity: amount, after: amount };
  const sign =
    direction === 'increase' ? 1 : direction === 'decrease' ? -1 : chosen === null ? 0 : chosen === 'add' ? 1 : -1;
  if (sign === 0) return null;
  return { quantity: sign * amount, after: before + sign * amount };
}
