import { DomainError } from '../../graphql/errors.js';
import { OrderStatus } from './order-enums.js';

const S = OrderStatus;

/** The order status machine: every allowed move. Anything else is refused. */
export const TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  [S.PENDING]: [S.PROCESSING, S.CANCELLED],
  [S.PROCESSING]: [S.SHIPPED, S.CANCELLED],
  [S.SHIPPED]: [S.DELIVERED, S.REFUNDED],
  [S.DELIVERED]: [S.REFUNDED],
  [S.CANCELLED]: [],
  [S.REFUNDED]: [],
};

export const canTransition = (from: OrderStatus, to: OrderStatus): boolean => TRANSITIONS[from].includes(to);

export function assertTransition(orderNumber: number, from: OrderStatus, to: OrderStatus): void {
  if (canTransition(from, to)) return;
  const next = TRANSITIONS[from];
  throw new DomainError(
    'INVALID_STATUS_TRANSITION',
    `Order #${orderNumber} is ${from}; it cannot become ${to}. ${
      next.length ? `From ${from} it can become: ${next.join(', ')}.` : `A ${from} order is final.`
    }`,
    'CONFLICT',
    { from, to, allowed: [...next] },
  );
}

/**
 * On a marketplace order, confirming, shipping and cancelling go through the marketplace (its
 * decision first, then ours): these are not local transitions there.
 */
export const MARKETPLACE_DRIVEN: ReadonlySet<OrderStatus> = new Set([
  OrderStatus.PROCESSING,
  OrderStatus.SHIPPED,
  OrderStatus.CANCELLED,
]);
