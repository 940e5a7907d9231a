import { registerEnumType } from 'type-graphql';

export enum PurchaseOrderStatus {
  DRAFT = 'draft',
  SENT = 'sent',
  PARTIALLY_RECEIVED = 'partially_received',
  RECEIVED = 'received',
  CLOSED = 'closed',
  CANCELLED = 'cancelled',
}
registerEnumType(PurchaseOrderStatus, {
  name: 'PurchaseOrderStatus',
  description: 'The life of a purchase order (one state machine: purchasing/po-transitions.ts)',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; freely editable' },
    SENT: { description: 'Ordered from the supplier; changes only through amendments' },
    PARTIALLY_RECEIVED: { description: 'Some goods arrived, some remain' },
    RECEIVED: { description: 'Everything ordered arrived' },
    CLOSED: { description: 'Short-closed: what remained will never come' },
    CANCELLED: { description: 'Cancelled before anything was received' },
  },
});

/** The statuses whose remaining quantities count as "on order". */
export const OPEN_STATUSES = [PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED] as const;
