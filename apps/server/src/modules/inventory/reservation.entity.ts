import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { Product } from '../catalog/product.entity.js';
import { OrderLine } from '../orders/order-line.entity.js';
import { Location } from './location.entity.js';

export enum ReservationStatus {
  OPEN = 'open',
  FULFILLED = 'fulfilled',
  RELEASED = 'released',
}

/** Stock held for an order line at one location. Open reservations add up to stock_level.reserved. */
@Entity({ tableName: 'stock_reservation' })
@Check({ name: 'stock_reservation_quantity_positive', expression: 'quantity > 0' })
export class StockReservation extends StoreScopedEntity {
  @ManyToOne({ entity: () => OrderLine, ref: true, deleteRule: 'cascade', index: true })
  orderLine!: Ref<OrderLine>;

  @ManyToOne({ entity: () => Product, ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;

  @ManyToOne({ entity: () => Location, ref: true, deleteRule: 'restrict' })
  location!: Ref<Location>;

  @Property({ type: 'integer' })
  quantity!: number;

  @Enum({ items: () => ReservationStatus, nativeEnumName: 'reservation_status' })
  status: Opt<ReservationStatus> = ReservationStatus.OPEN;
}
