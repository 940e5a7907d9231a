import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { Address } from '../customers/address.js';
import { Customer } from '../customers/customer.entity.js';
import { OrderChannel, OrderStatus } from './order-enums.js';
import { OrderLine } from './order-line.entity.js';

@ObjectType({ simpleResolvers: true })
export class CustomerSnapshot {
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String) locale!: string;
}

/** One order, direct or from the marketplace. All money in integer cents, computed by the server. */
@ObjectType({ simpleResolvers: true })
@Entity({ tableName: 'customer_order' })
@Unique({ name: 'order_store_number_unique', properties: ['store', 'orderNumber'] })
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

  @Field(() => OrderChannel)
  @Enum({ items: () => OrderChannel, nativeEnumName: 'order_channel' })
  channel!: OrderChannel;

  @Field(() => OrderStatus)
  @Enum({ items: () => OrderStatus, nativeEnumName: 'order_status' })
  status: Opt<OrderStatus> = OrderStatus.PENDING;

  @ManyToOne({ entity: () => Customer, ref: true, deleteRule: 'restrict' })
  customer!: Ref<Customer>;

  @Field(() => CustomerSnapshot)
  @Property({ type: 'json' })
  customerSnapshot!: CustomerSnapshot;

  @Field(() => Address)
  @Property({ type: 'json' })
  shippingAddress!: Address;

  @Field(() => Address)
  @Property({ type: 'json' })
  billingAddress!: Address;

  @Field(() => Int) @Property({ type: 'integer' }) subtotalCents!: number;
  @Field(() => Int) @Property({ type: 'integer' }) shippingCents: Opt<number> = 0;
  @Field(() => Int) @Property({ type: 'integer' }) discountCents: Opt<number> = 0;
  @Field(() => Int, { description: 'VAT included in the total' }) @Property({ type: 'integer' }) taxCents!: number;
  @Field(() => Int) @Property({ type: 'integer' }) totalCents!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 3 })
  currency: Opt<string> = 'EUR';

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  vatRegime: string | null = null;

  @Field(() => GraphQLISODateTime)
  @Property({ type: 'timestamptz' })
  orderedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  shippedAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  carrier: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  trackingNumber: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  // Marketplace identity (Letzshop): order, shipment and the raw payload as received.
  @Field(() => String, { nullable: true }) @Property({ type: 'string', nullable: true }) externalOrderId:
    | string
    | null = null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', nullable: true }) externalShipmentId:
    | string
    | null = null;
  @Field(() => String, { nullable: true }) @Property({ type: 'string', nullable: true }) externalOrderNumber:
    | string
    | null = null;
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
