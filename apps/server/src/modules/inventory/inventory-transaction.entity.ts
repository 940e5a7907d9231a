import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { User } from '../auth/user.entity.js';
import { Product } from '../catalog/product.entity.js';
import { Location } from './location.entity.js';

export enum InventoryReason {
  RECEIVED = 'received',
  COUNTED = 'counted',
  DAMAGED = 'damaged',
  RETURNED = 'returned',
  CORRECTION = 'correction',
  LOST = 'lost',
  THEFT = 'theft',
  SAMPLE = 'sample',
  FOUND = 'found',
  TRANSFER_OUT = 'transfer_out',
  TRANSFER_IN = 'transfer_in',
  RESERVED = 'reserved',
  RELEASED = 'released',
  FULFILLED = 'fulfilled',
  PURCHASE_RECEIPT = 'purchase_receipt',
}
registerEnumType(InventoryReason, {
  name: 'InventoryReason',
  valuesConfig: { PURCHASE_RECEIPT: { description: 'Goods booked in by a purchase order receipt' } },
});

/** The audit trail: one row per change of a stock level, with before and after. */
@ObjectType()
@Entity({ tableName: 'inventory_transaction' })
@Index({ name: 'inventory_transaction_product_created_index', properties: ['product', 'createdAt'] })
export class InventoryTransaction extends StoreScopedEntity {
  @ManyToOne({ entity: () => Product, ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;

  @ManyToOne({ entity: () => Location, ref: true, deleteRule: 'restrict' })
  location!: Ref<Location>;

  @Field(() => InventoryReason)
  @Enum({ items: () => InventoryReason, nativeEnumName: 'inventory_reason' })
  reason!: InventoryReason;

  @Field(() => Int) @Property({ type: 'integer' }) quantityBefore!: number;
  @Field(() => Int) @Property({ type: 'integer' }) quantityAfter!: number;
  @Field(() => Int) @Property({ type: 'integer' }) reservedBefore!: number;
  @Field(() => Int) @Property({ type: 'integer' }) reservedAfter!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'set null', nullable: true })
  user: Ref<User> | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  orderId: string | null = null;

  /** The purchase order and receipt a `purchase_receipt` movement books (by reference only). */
  @Field(() => ID, { nullable: true, description: 'The purchase order a purchase receipt booked' })
  @Property({ type: 'uuid', nullable: true, index: true })
  purchaseOrderId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The receipt a purchase receipt movement belongs to' })
  @Property({ type: 'uuid', nullable: true })
  receiptId: string | null = null;
}
