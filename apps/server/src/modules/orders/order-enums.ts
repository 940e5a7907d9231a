import { registerEnumType } from 'type-graphql';

export enum OrderStatus {
  PENDING = 'pending',
  PROCESSING = 'processing',
  SHIPPED = 'shipped',
  DELIVERED = 'delivered',
  CANCELLED = 'cancelled',
  REFUNDED = 'refunded',
}
registerEnumType(OrderStatus, {
  description: 'The status of an order; changes only along the order state machine.',
  name: 'OrderStatus',
  valuesConfig: {
    PENDING: { description: 'New, not yet confirmed; stock is reserved.' },
    PROCESSING: { description: 'Confirmed, being prepared.' },
    SHIPPED: { description: 'Handed to the carrier; stock has left.' },
    DELIVERED: { description: 'Received by the buyer.' },
    CANCELLED: { description: 'Cancelled before shipping; stock released.' },
    REFUNDED: { description: 'Refunded after shipping (on Letzshop: all units returned).' },
  },
});

export enum OrderChannel {
  DIRECT = 'direct',
  LETZSHOP = 'letzshop',
}
registerEnumType(OrderChannel, {
  description: 'Where an order came from.',
  name: 'OrderChannel',
  valuesConfig: {
    DIRECT: { description: 'Entered in Orion (by a person or through the API).' },
    LETZSHOP: { description: 'Imported from Letzshop; changed only through the Letzshop actions.' },
  },
});

/** A marketplace unit's state (Letzshop inventory units); null for direct orders. */
export enum ItemState {
  UNCONFIRMED = 'unconfirmed',
  CONFIRMED_AVAILABLE = 'confirmed_available',
  CONFIRMED_UNAVAILABLE = 'confirmed_unavailable',
  RETURNED = 'returned',
}
registerEnumType(ItemState, {
  description: 'The state of one Letzshop unit.',
  name: 'ItemState',
  valuesConfig: {
    UNCONFIRMED: { description: 'Not yet confirmed or declined.' },
    CONFIRMED_AVAILABLE: { description: 'Confirmed: will be shipped.' },
    CONFIRMED_UNAVAILABLE: { description: 'Declined: not available.' },
    RETURNED: { description: 'Returned by the buyer.' },
  },
});
