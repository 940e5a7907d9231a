import { defineErrors } from '../../core/error-codes.js';

export const ORDER_ERRORS = defineErrors('orders', {
  ORDER_TOTAL_TOO_LARGE: {
    kind: 'BAD_USER_INPUT',
    params: ['maxCents', 'fields'],
    description:
      "An order's goods and shipping may total at most `extensions.maxCents` (so no sum leaves the database's 32-bit columns).",
  },
  PRODUCT_ARCHIVED: { kind: 'BAD_USER_INPUT', params: [], description: 'An archived product cannot be ordered.' },
  INVALID_STATUS_TRANSITION: {
    kind: 'CONFLICT',
    params: ['from', 'to', 'allowed'],
    description:
      'The order cannot move from its status `extensions.from` to `extensions.to`; `extensions.allowed` lists where it can go.',
  },
  REFUND_THROUGH_LETZSHOP: {
    kind: 'CONFLICT',
    params: ['orderId', 'orderNumber'],
    description:
      'A Letzshop order is refunded by recording the return of its items through Letzshop (`returnLetzshopItems`); the generic refund is for direct orders.',
  },
  USE_LETZSHOP_ACTIONS: {
    kind: 'BAD_USER_INPUT',
    params: [],
    description: 'A Letzshop order is confirmed, declined and shipped through the Letzshop actions, not by its status.',
  },
});
