import { Collection, DeferMode, type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { Address } from '../customers/address.js';
import { Customer } from '../customers/customer.entity.js';
import { OrderChannel, OrderStatus } from './order-enums.js';
import { OrderLine } from './order-line.entity.js';

@ObjectType({ description: 'The buyer as at ordering, kept with the order.', simpleResolvers: true })
export class CustomerSnapshot {
  @Field({ description: "The buyer's e-mail. Needs CUSTOMERS_READ." }) email!: string;
  @Field({ description: "The buyer's full name." }) name!: string;
  @Field(() => String, { description: "The buyer's phone. Needs CUSTOMERS_READ.", nullable: true }) phone?:
    | string
    | null;
  @Field(() => String, { description: "The buyer's language (en, fr, de, lb)." }) locale!: string;
}

/** One order, direct or from the marketplace. All money in integer cents, computed by the server. */
@ObjectType({
  description:
    'An order of the store: a direct order or one imported from Letzshop. Amounts are integer cents, VAT included.',
  simpleResolvers: true,
})
@Entity({ tableName: 'customer_order' })
// Checked at commit: a direct order is written with the placeholder 0 and numbered by the last
// statement of its transaction (see OrderService.create), so the counter's lock is held briefly.
@Unique({
  name: 'order_store_number_unique',
  properties: ['store', 'orderNumber'],
  deferMode: DeferMode.INITIALLY_DEFERRED,
})
@Index({
  name: 'order_store_external_shipment_unique',
  expression:
    'create unique index "order_store_external_shipment_unique" on "customer_order" ("store_id", "external_shipment_id") where "external_shipment_id" is not null',
})
@Index({ name: 'order_store_ordered_at_index', properties: ['store', 'orderedAt', 'id'] })
@Index({ name: 'order_store_status_index', properties: ['store', 'status'] })
@Index({ name: 'order_customer_index', properties: ['customer'] })
@Index({ name: 'order_customer_ordered_at_index', properties: ['customer', 'orderedAt', 'id'] })
@Check({
  name: 'order_amounts_nonnegative',
  expression:
    'subtotal_cents >= 0 and shipping_cents >= 0 and discount_cents >= 0 and tax_cents >= 0 and total_cents >= 0',
})
export class Order extends StoreScopedEntity {
  @Field(() => Int, { description: 'Per-store sequence' })
  @Property({ type: 'integer' })
  orderNumber!: number;

  @Field(() => OrderChannel, { description: 'Where the order came from.' })
  @Enum({ items: () => OrderChannel, nativeEnumName: 'order_channel' })
  channel!: OrderChannel;

  @Field(() => OrderStatus, {
    description: 'Where the order is in its life: pending → processing → shipped → delivered, or cancelled / refunded.',
  })
  @Enum({ items: () => OrderStatus, nativeEnumName: 'order_status' })
  status: Opt<OrderStatus> = OrderStatus.PENDING;

  @ManyToOne({ entity: () => Customer, ref: true, deleteRule: 'restrict' })
  customer!: Ref<Customer>;

  @Field(() => CustomerSnapshot, {
    description: 'The buyer as at ordering (name, language; e-mail and phone need CUSTOMERS_READ).',
  })
  @Property({ type: 'json' })
  customerSnapshot!: CustomerSnapshot;

  @Field(() => Address, { description: 'Where the goods go (decides their VAT). Needs CUSTOMERS_READ.' })
  @Property({ type: 'json' })
  shippingAddress!: Address;

  @Field(() => Address, { description: "The buyer's billing address." })
  @Property({ type: 'json' })
  billingAddress!: Address;

  @Field(() => Int, { description: "The lines' total in cents, VAT included." })
  @Property({ type: 'integer' })
  subtotalCents!: number;
  @Field(() => Int, { description: 'Shipping in cents, VAT included.' })
  @Property({ type: 'integer' })
  shippingCents: Opt<number> = 0;
  @Field(() => Int, { description: 'Discount in cents, VAT included (subtracted).' })
  @Property({ type: 'integer' })
  discountCents: Opt<number> = 0;
  @Field(() => Int, { description: 'VAT included in the total' }) @Property({ type: 'integer' }) taxCents!: number;
  @Field(() => Int, { description: 'What the buyer pays in cents: subtotal + shipping − discount, VAT included.' })
  @Property({ type: 'integer' })
  totalCents!: number;

  @Field(() => String, { description: 'ISO 4217 currency code (EUR).' })
  @Property({ type: 'string', length: 3 })
  currency: Opt<string> = 'EUR';

  @Field(() => String, { description: 'The VAT regime of the order, when known.', nullable: true })
  @Property({ type: 'string', nullable: true })
  vatRegime: string | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When the order was placed (ISO 8601, UTC).' })
  @Property({ type: 'timestamptz' })
  orderedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it was confirmed; null before.', nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When it was shipped; null before.', nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  shippedAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When it was delivered; null before.', nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When it was cancelled; null unless cancelled.', nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  @Field(() => String, { description: 'The carrier the order was shipped with, e.g. post_lu.', nullable: true })
  @Property({ type: 'string', nullable: true })
  carrier: string | null = null;

  @Field(() => String, { description: "The carrier's tracking number.", nullable: true })
  @Property({ type: 'string', nullable: true })
  trackingNumber: string | null = null;

  @Field(() => String, { description: 'Internal note on the order.', nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  // Marketplace identity (Letzshop): order, shipment and the raw payload as received.
  @Field(() => String, { description: "Letzshop's order id; null for direct orders.", nullable: true })
  @Property({ type: 'string', nullable: true })
  externalOrderId: string | null = null;
  @Field(() => String, {
    description: "Letzshop's shipment id (unique per store); null for direct orders.",
    nullable: true,
  })
  @Property({ type: 'string', nullable: true })
  externalShipmentId: string | null = null;
  @Field(() => String, {
    description: "Letzshop's order number as the buyer knows it, e.g. R123456789.",
    nullable: true,
  })
  @Property({ type: 'string', nullable: true })
  externalOrderNumber: string | null = null;
  @Field(() => String, {
    nullable: true,
    description: 'The marketplace shipment state (unconfirmed, confirmed, declined)',
  })
  @Property({ type: 'string', nullable: true })
  externalState: string | null = null;
  /** Digest of the marketplace answer last applied: an unchanged shipment is skipped cheaply. */
  @Property({ type: 'string', nullable: true, lazy: true }) externalFingerprint: string | null = null;
  @Property({ type: 'jsonb', nullable: true, lazy: true }) externalData: Opt<Record<string, unknown>> | null = null;

  @OneToMany(
    () => OrderLine,
    (l) => l.order,
    { orderBy: { position: 'asc' } },
  )
  lines = new Collection<OrderLine>(this);
}
