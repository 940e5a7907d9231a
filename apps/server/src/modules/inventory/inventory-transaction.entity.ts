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
  description: 'Why stock moved; for adjustments it decides the direction.',
  name: 'InventoryReason',
  valuesConfig: {
    RECEIVED: { description: 'Goods received: adds.' },
    COUNTED: { description: 'Stock count: sets the total.' },
    DAMAGED: { description: 'Damaged: removes.' },
    RETURNED: { description: 'Returned by a buyer: adds.' },
    CORRECTION: { description: 'Correction: adds or removes, as given.' },
    LOST: { description: 'Lost: removes.' },
    THEFT: { description: 'Stolen: removes.' },
    SAMPLE: { description: 'Used as a sample: removes.' },
    FOUND: { description: 'Found: adds or removes, as given.' },
    TRANSFER_OUT: { description: 'Moved to another location (the source side).' },
    TRANSFER_IN: { description: 'Moved from another location (the destination side).' },
    RESERVED: { description: 'Held for an order.' },
    RELEASED: { description: 'Released by a cancelled order or declined unit.' },
    FULFILLED: { description: 'Left with a shipped order.' },
    PURCHASE_RECEIPT: { description: 'Goods booked in by a purchase order receipt: adds.' },
  },
});

/** The audit trail: one row per change of a stock level, with before and after. */
@ObjectType({ description: 'One stock movement of a product at a location (the audit trail).' })
@Entity({ tableName: 'inventory_transaction' })
@Index({ name: 'inventory_transaction_product_created_index', properties: ['product', 'createdAt'] })
export class InventoryTransaction extends StoreScopedEntity {
  @ManyToOne({ entity: () => Product, ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;

  @ManyToOne({ entity: () => Location, ref: true, deleteRule: 'restrict' })
  location!: Ref<Location>;

  @Field(() => InventoryReason, { description: 'Why the stock moved.' })
  @Enum({ items: () => InventoryReason, nativeEnumName: 'inventory_reason' })
  reason!: InventoryReason;

  @Field(() => Int, { description: 'Units on the shelf before.' })
  @Property({ type: 'integer' })
  quantityBefore!: number;
  @Field(() => Int, { description: 'Units on the shelf after.' }) @Property({ type: 'integer' }) quantityAfter!: number;
  @Field(() => Int, { description: 'Reserved units before.' }) @Property({ type: 'integer' }) reservedBefore!: number;
  @Field(() => Int, { description: 'Reserved units after.' }) @Property({ type: 'integer' }) reservedAfter!: number;

  @Field(() => String, { description: 'The note given with the movement.', nullable: true })
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
