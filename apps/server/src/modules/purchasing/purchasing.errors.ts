import { defineErrors } from '../../core/error-codes.js';

export const PURCHASING_ERRORS = defineErrors('purchasing', {
  PO_NOT_EDITABLE: {
    kind: 'CONFLICT',
    params: ['number', 'status'],
    description:
      'Only a draft purchase order is edited freely; `extensions.number` is `extensions.status` (a sent order changes through an amendment).',
  },
  PO_INVALID_TRANSITION: {
    kind: 'CONFLICT',
    params: ['number', 'from', 'to'],
    description: 'Purchase order `extensions.number` cannot go from `extensions.from` to `extensions.to`.',
  },
  PO_CANCEL_AFTER_RECEIPT: {
    kind: 'CONFLICT',
    params: ['number'],
    description: 'Goods were already received on `extensions.number`: close it (short-close) instead of cancelling.',
  },
  PO_NOTHING_REMAINING: {
    kind: 'CONFLICT',
    params: ['number'],
    description: 'Nothing remains to be received on `extensions.number`.',
  },
  OVER_RECEIPT: {
    kind: 'BAD_USER_INPUT',
    params: ['sku', 'ordered', 'received', 'receiving', 'allowed', 'fields'],
    description:
      'The receipt would book more of `extensions.sku` than ordered plus the tolerance: `extensions.ordered` ordered, `extensions.received` already received, `extensions.receiving` now, at most `extensions.allowed` more.',
  },
  PO_QUANTITY_BELOW_RECEIVED: {
    kind: 'BAD_USER_INPUT',
    params: ['sku', 'received', 'fields'],
    description: 'A line of `extensions.sku` cannot be set below the `extensions.received` already received.',
  },
  PO_LINE_UNKNOWN: {
    kind: 'BAD_USER_INPUT',
    params: ['fields'],
    description: 'A receipt or amendment names a line that is not on this purchase order.',
  },
  PO_EMPTY: {
    kind: 'BAD_USER_INPUT',
    params: ['fields'],
    description: 'A purchase order needs at least one line, and a receipt at least one piece.',
  },
  PO_TOTAL_TOO_LARGE: {
    kind: 'BAD_USER_INPUT',
    params: ['max', 'fields'],
    description: 'The order total would exceed `extensions.max` cents.',
  },
  SUPPLIER_ARCHIVED: {
    kind: 'CONFLICT',
    params: ['name'],
    description: 'Supplier `extensions.name` is archived and takes no new purchase orders.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    kind: 'CONFLICT',
    params: ['fields'],
    description: 'This idempotency key was already used for a different receipt; send a new key for a new receipt.',
  },
});
