import { DomainError } from '../../core/errors.js';
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
 * On a marketplace order, confirming, shipping, cancelling and refunding go through the
 * marketplace (its decision first, then ours; a refund is a return recorded there): these are
 * not local transitions there.
 */
export const MARKETPLACE_DRIVEN: ReadonlySet<OrderStatus> = new Set([
  OrderStatus.PROCESSING,
  OrderStatus.SHIPPED,
  OrderStatus.CANCELLED,
  OrderStatus.REFUNDED,
]);

/** An open order holds stock for its units; once shipped or closed it holds none. */
export const holdsStock = (status: OrderStatus): boolean =>
  status === OrderStatus.PENDING || status === OrderStatus.PROCESSING;

/**
 * What an order in this status adds to its customer's statistics: cancelled orders do not count,
 * refunded ones count as orders with nothing spent (as `recomputeCustomerStats` counts them).
 */
export function statsContribution(status: OrderStatus, totalCents: number): { orders: number; spentCents: number } {
  if (status === OrderStatus.CANCELLED) return { orders: 0, spentCents: 0 };
  return { orders: 1, spentCents: status === OrderStatus.REFUNDED ? 0 : totalCents };
}
