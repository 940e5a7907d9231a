import { registerEnumType } from 'type-graphql';

export enum OrderStatus {
  PENDING = 'pending',
  PROCESSING = 'processing',
  SHIPPED = 'shipped',
  DELIVERED = 'delivered',
  CANCELLED = 'cancelled',
  REFUNDED = 'refunded',
}
registerEnumType(OrderStatus, { name: 'OrderStatus' });

export enum OrderChannel {
  DIRECT = 'direct',
  LETZSHOP = 'letzshop',
}
registerEnumType(OrderChannel, { name: 'OrderChannel' });

/** A marketplace unit's state (Letzshop inventory units); null for direct orders. */
export enum ItemState {
  UNCONFIRMED = 'unconfirmed',
  CONFIRMED_AVAILABLE = 'confirmed_available',
  CONFIRMED_UNAVAILABLE = 'confirmed_unavailable',
  RETURNED = 'returned',
}
registerEnumType(ItemState, { name: 'ItemState' });
