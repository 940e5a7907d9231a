import { DomainError } from '../../core/errors.js';
import type { PurchaseOrder, PurchaseOrderLine } from './purchase-order.entity.js';
import { PurchaseOrderStatus as S } from './po-status.js';

/**
 * The purchase order state machine: every status change of every writer goes through `transition`.
 * RECEIVED and CLOSED are reached automatically (`settledStatus`) when nothing remains.
 */
const NEXT: Readonly<Record<S, readonly S[]>> = {
  [S.DRAFT]: [S.SENT, S.CANCELLED],
  [S.SENT]: [S.PARTIALLY_RECEIVED, S.RECEIVED, S.CLOSED, S.CANCELLED],
  [S.PARTIALLY_RECEIVED]: [S.PARTIALLY_RECEIVED, S.RECEIVED, S.CLOSED],
  [S.RECEIVED]: [],
  [S.CLOSED]: [],
  [S.CANCELLED]: [],
};

export const canTransition = (from: S, to: S): boolean => NEXT[from].includes(to);

export function transition(po: PurchaseOrder, to: S): void {
  if (po.status === to) return;
  if (!canTransition(po.status, to)) {
    throw new DomainError(
      'PO_INVALID_TRANSITION',
      `Purchase order ${po.number} is ${label(po.status)}: it cannot become ${label(to)}.`,
      'CONFLICT',
      { number: po.number, from: po.status.toUpperCase(), to: to.toUpperCase() },
    );
  }
  po.status = to;
}

export const label = (s: S) => s.replace('_', ' ');

/** A draft is edited freely; anything else changes only through its own mutation. */
export function assertDraft(po: PurchaseOrder): void {
  if (po.status !== S.DRAFT) {
    throw new DomainError(
      'PO_NOT_EDITABLE',
      `Purchase order ${po.number} is ${label(po.status)}: only a draft is edited freely; amend it instead.`,
      'CONFLICT',
      { number: po.number, status: po.status.toUpperCase() },
    );
  }
}

/** Cancelling: only a draft, or a sent order with nothing received. */
export function cancel(po: PurchaseOrder, lines: readonly PurchaseOrderLine[]): void {
  if (lines.some((l) => l.quantityReceived > 0) || po.status === S.PARTIALLY_RECEIVED) {
    throw new DomainError(
      'PO_CANCEL_AFTER_RECEIPT',
      `Goods were already received on ${po.number}: close it to drop what remains instead of cancelling.`,
      'CONFLICT',
      { number: po.number },
    );
  }
  transition(po, S.CANCELLED);
}

/** The status an open order takes from its lines: received / closed when nothing remains. */
export function settledStatus(lines: readonly PurchaseOrderLine[]): S {
  const remaining = lines.reduce((s, l) => s + l.remaining, 0);
  if (remaining > 0) return lines.some((l) => l.quantityReceived > 0) ? S.PARTIALLY_RECEIVED : S.SENT;
  return lines.some((l) => l.quantityShortClosed > 0) ? S.CLOSED : S.RECEIVED;
}

/** After a receipt or an amendment: moves an open order to the status its lines give. */
export function settle(po: PurchaseOrder, lines: readonly PurchaseOrderLine[]): void {
  const to = settledStatus(lines);
  if (to !== po.status) transition(po, to);
}
