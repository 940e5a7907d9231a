import { DomainError, ValidationError } from '../../core/errors.js';
import { InventoryReason } from './inventory-transaction.entity.js';

/**
 * The reasons a person may give for an adjustment (the rest are written by orders, transfers and
 * Letzshop returns), and the direction each allows. `quantity` is a signed change, except for
 * `counted`, where it is the counted total.
 */
export type AdjustDirection = 'increase' | 'decrease' | 'either' | 'set';

export const ADJUST_DIRECTIONS = {
  [InventoryReason.RECEIVED]: 'increase',
  [InventoryReason.RETURNED]: 'increase',
  [InventoryReason.DAMAGED]: 'decrease',
  [InventoryReason.LOST]: 'decrease',
  [InventoryReason.THEFT]: 'decrease',
  [InventoryReason.SAMPLE]: 'decrease',
  [InventoryReason.FOUND]: 'either',
  [InventoryReason.CORRECTION]: 'either',
  [InventoryReason.COUNTED]: 'set',
} as const satisfies Partial<Record<InventoryReason, AdjustDirection>>;

export type AdjustReason = keyof typeof ADJUST_DIRECTIONS;
export const ADJUST_REASONS = Object.keys(ADJUST_DIRECTIONS) as AdjustReason[];

/** The most one adjustment may move (and the most a count may find): far above any shelf, far below the int columns. */
export const MAX_ADJUST_QUANTITY = 1_000_000;

/**
 * Refuses a quantity whose sign contradicts the reason ("damaged" never adds stock), a zero
 * change, and a quantity beyond the documented maximum. Nothing is clamped.
 */
export function checkAdjustment(reason: InventoryReason, quantity: number): void {
  const direction = (ADJUST_DIRECTIONS as Partial<Record<InventoryReason, AdjustDirection>>)[reason];
  if (!direction) throw new ValidationError({ reason: `must be one of ${ADJUST_REASONS.join(', ')}` });
  if (direction === 'set') {
    if (quantity < 0 || quantity > MAX_ADJUST_QUANTITY)
      throw new ValidationError({ quantity: `a counted total must be from 0 to ${MAX_ADJUST_QUANTITY}` });
    return;
  }
  if (quantity === 0 || Math.abs(quantity) > MAX_ADJUST_QUANTITY) {
    const range =
      direction === 'increase'
        ? `from 1 to ${MAX_ADJUST_QUANTITY}`
        : direction === 'decrease'
          ? `from -${MAX_ADJUST_QUANTITY} to -1`
          : `from -${MAX_ADJUST_QUANTITY} to ${MAX_ADJUST_QUANTITY}, not 0`;
    throw new ValidationError({ quantity: `must be ${range}` });
  }
  if ((direction === 'increase' && quantity < 0) || (direction === 'decrease' && quantity > 0)) {
    const allowed =
      direction === 'increase' ? 'adds stock (a positive quantity)' : 'removes stock (a negative quantity)';
    throw new DomainError(
      'ADJUSTMENT_DIRECTION_MISMATCH',
      `The reason "${reason}" only ${allowed}; ${quantity} was given.`,
      'BAD_USER_INPUT',
      { adjustReason: reason, direction, fields: { quantity: `"${reason}" only ${allowed}` } },
    );
  }
}
