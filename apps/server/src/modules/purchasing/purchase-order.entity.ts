import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { User } from '../auth/user.entity.js';
import { Product } from '../catalog/product.entity.js';
import { Location } from '../inventory/location.entity.js';
import { PurchaseOrderStatus } from './po-status.js';
import { Supplier } from './supplier.entity.js';

/** The supplier as the order was sent to it: later edits of the supplier never change a sent order. */
export interface SupplierSnapshot {
  name: string;
  contactPerson: string | null;
  email: string | null;
  phone: string | null;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  vatNumber: string | null;
  paymentTerms: string | null;
}

@ObjectType({ description: 'An order to a supplier' })
@Entity({ tableName: 'purchase_order' })
@Unique({ name: 'purchase_order_store_number_unique', properties: ['store', 'number'] })
@Index({ name: 'purchase_order_store_status_index', properties: ['store', 'status'] })
@Check({ name: 'purchase_order_total_nonnegative', expression: 'total_cents >= 0' })
export class PurchaseOrder extends StoreScopedEntity {
  @Field({ description: 'Gap-free per store, e.g. PO-2026-00042' })
  @Property({ type: 'string' })
  number!: string;
  @ManyToOne({ entity: () => Supplier, ref: true, deleteRule: 'restrict', index: true })
  supplier!: Ref<Supplier>;
  @Property({ type: 'jsonb', nullable: true })
  supplierSnapshot: SupplierSnapshot | null = null;
  @Field(() => PurchaseOrderStatus, { description: 'Where the order stands' })
  @Enum({ items: () => PurchaseOrderStatus, nativeEnumName: 'purchase_order_status' })
  status: Opt<PurchaseOrderStatus> = PurchaseOrderStatus.DRAFT;
  @Field(() => String, { nullable: true, description: 'The day it was sent (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  orderDate: string | null = null;
  @Field(() => String, { nullable: true, description: 'When the goods are expected (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  expectedDate: string | null = null;
  @ManyToOne({ entity: () => Location, ref: true, deleteRule: 'restrict' })
  deliveryLocation!: Ref<Location>;
  @Field(() => String, { nullable: true, description: 'Notes printed on the order' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;
  @Field(() => String, { description: 'ISO 4217 currency (EUR)' })
  @Property({ type: 'string', length: 3 })
  currency: Opt<string> = 'EUR';
  @Field(() => Int, { description: 'Σ quantity ordered × unit cost, in cents excluding VAT' })
  @Property({ type: 'integer' })
  totalCents: Opt<number> = 0;
}

/**
 * `remaining = ordered − received − short-closed` is computed, never stored. Postgres keeps
 * received + short-closed within ordered plus the allowance the over-receipt tolerance gave.
 */
@ObjectType({ description: 'One product on a purchase order' })
@Entity({ tableName: 'purchase_order_line' })
@Check({
  name: 'purchase_order_line_quantities_valid',
  expression:
    'quantity_ordered >= 1 and quantity_received >= 0 and quantity_rejected >= 0 and quantity_short_closed >= 0 and over_receipt_allowance >= 0 and unit_cost_cents >= 0 and quantity_received + quantity_short_closed <= quantity_ordered + over_receipt_allowance',
})
export class PurchaseOrderLine extends StoreScopedEntity {
  @ManyToOne({ entity: () => PurchaseOrder, ref: true, deleteRule: 'cascade', index: true })
  purchaseOrder!: Ref<PurchaseOrder>;
  @Property({ type: 'integer' }) position!: number;
  @ManyToOne({ entity: () => Product, ref: true, deleteRule: 'restrict', index: true })
  product!: Ref<Product>;
  @Field(() => String, { nullable: true, description: "The supplier's article number" })
  @Property({ type: 'string', nullable: true })
  supplierSku: string | null = null;
  @Field(() => Int, { description: 'Quantity ordered' }) @Property({ type: 'integer' }) quantityOrdered!: number;
  @Field(() => Int, { description: 'Unit cost in cents, excluding VAT' })
  @Property({ type: 'integer' })
  unitCostCents!: number;
  @Field(() => Int, { description: 'Accepted into stock so far' })
  @Property({ type: 'integer' })
  quantityReceived: Opt<number> = 0;
  @Field(() => Int, { description: 'Delivered damaged and refused (not in stock)' })
  @Property({ type: 'integer' })
  quantityRejected: Opt<number> = 0;
  @Field(() => Int, { description: 'Will never come (the order was short-closed)' })
  @Property({ type: 'integer' })
  quantityShortClosed: Opt<number> = 0;
  /** How many more than ordered the tolerance let in (for the check constraint). */
  @Property({ type: 'integer' })
  overReceiptAllowance: Opt<number> = 0;

  @Field(() => Int, { description: 'ordered − received − short-closed (never below 0)' })
  get remaining(): Opt<number> {
    return Math.max(0, this.quantityOrdered - this.quantityReceived - this.quantityShortClosed);
  }
}

@ObjectType({ description: 'A goods receipt: an immutable record of one delivery' })
@Entity({ tableName: 'purchase_receipt' })
@Unique({ name: 'purchase_receipt_store_key_unique', properties: ['store', 'idempotencyKey'] })
@Unique({ name: 'purchase_receipt_store_number_unique', properties: ['store', 'number'] })
export class PurchaseReceipt extends StoreScopedEntity {
  @ManyToOne({ entity: () => PurchaseOrder, ref: true, deleteRule: 'restrict', index: true })
  purchaseOrder!: Ref<PurchaseOrder>;
  @Field({ description: 'The order number and a running suffix, e.g. PO-2026-00042-R2' })
  @Property({ type: 'string' })
  number!: string;
  @Property({ type: 'string' }) idempotencyKey!: string;
  /** The request's fingerprint: the same key with other content is refused. */
  @Property({ type: 'string' }) requestHash!: string;
  @Field(() => String, { nullable: true, description: "The supplier's delivery-note reference" })
  @Property({ type: 'string', nullable: true })
  deliveryNote: string | null = null;
  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'set null', nullable: true })
  user: Ref<User> | null = null;
}

@ObjectType({ description: 'What one receipt booked for one order line at one location' })
@Entity({ tableName: 'purchase_receipt_line' })
@Check({ name: 'purchase_receipt_line_quantities_valid', expression: 'accepted >= 0 and rejected >= 0' })
export class PurchaseReceiptLine extends StoreScopedEntity {
  @ManyToOne({ entity: () => PurchaseReceipt, ref: true, deleteRule: 'cascade', index: true })
  receipt!: Ref<PurchaseReceipt>;
  @ManyToOne({ entity: () => PurchaseOrderLine, ref: true, deleteRule: 'restrict', index: true })
  line!: Ref<PurchaseOrderLine>;
  @ManyToOne({ entity: () => Product, ref: true, deleteRule: 'restrict' })
  product!: Ref<Product>;
  @ManyToOne({ entity: () => Location, ref: true, deleteRule: 'restrict' })
  location!: Ref<Location>;
  @Field(() => Int, { description: 'Accepted into stock' }) @Property({ type: 'integer' }) accepted!: number;
  @Field(() => Int, { description: 'Refused as damaged' }) @Property({ type: 'integer' }) rejected!: number;
}

@ObjectType({ description: "One entry of a purchase order's timeline" })
@Entity({ tableName: 'purchase_order_event' })
export class PurchaseOrderEvent extends StoreScopedEntity {
  @ManyToOne({ entity: () => PurchaseOrder, ref: true, deleteRule: 'cascade', index: true })
  purchaseOrder!: Ref<PurchaseOrder>;
  @Field({ description: 'created, updated, sent, amended, received, closed, cancelled' })
  @Property({ type: 'string' })
  kind!: string;
  @Field({ description: 'What happened, in words' }) @Property({ type: 'text' }) message!: string;
  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'set null', nullable: true })
  user: Ref<User> | null = null;
}
