import { defineErrors } from '../../core/error-codes.js';

/** The merchant dashboard's codes. Period checks reuse `DATE_RANGE_REVERSED` / `DATE_RANGE_TOO_WIDE`. */
export const DASHBOARD_ERRORS = defineErrors('dashboard', {
  MERCHANT_NOT_FOUND: {
    kind: 'NOT_FOUND',
    params: [],
    description:
      'No such merchant for the signed-in user: unknown, another merchant, or the user is neither its owner nor a member with ORDERS_READ in two of its stores or more.',
  },
  STORE_NOT_IN_VIEW: {
    kind: 'BAD_USER_INPUT',
    params: ['storeId'],
    description:
      'A store in `storeIds` is not one of the stores this merchant view covers for the user (`extensions.storeId`).',
  },
});
