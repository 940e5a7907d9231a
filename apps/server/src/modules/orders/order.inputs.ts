import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Cents, MAX_AMOUNT_CENTS, MAX_LINE_QUANTITY, WholeNumber } from '../common/ranges.js';
import { AddressInput } from '../customers/address.js';
import { CustomerLanguage } from '../customers/customer.entity.js';
import { OrderChannel, OrderStatus } from './order-enums.js';
import { Order } from './order.entity.js';
import { labelFields } from '../../core/field-labels.js';

@InputType({ description: 'One product of a new order.' })
export class OrderLineInput {
  @Field(() => ID, { description: "The product's id (active, of this store)." })
  @IsUUID('all', { message: 'is not a valid product id' })
  productId!: string;
  @Field(() => Int, { description: `1–${MAX_LINE_QUANTITY}` }) @WholeNumber(1, MAX_LINE_QUANTITY) quantity!: number;
}

@InputType({ description: 'A buyer to create with the order (or to find by e-mail).' })
export class NewCustomerInput {
  @Field({ description: 'E-mail address.' }) @IsEmail({}, { message: 'must be an e-mail address' }) email!: string;
  @Field({ description: 'First name.' }) @IsNotEmpty({ message: 'is required' }) @MaxLength(120) firstName!: string;
  @Field({ description: 'Last name.' }) @IsNotEmpty({ message: 'is required' }) @MaxLength(120) lastName!: string;
  @Field(() => String, { description: 'Phone number.', nullable: true }) @IsOptional() @MaxLength(40) phone?:
    | string
    | null;
  @Field(() => CustomerLanguage, { description: 'Language for e-mails and invoices.', nullable: true })
  preferredLanguage?: CustomerLanguage | null;
}

@InputType({ description: 'A direct order: the server computes totals and VAT and reserves the stock.' })
export class CreateOrderInput {
  @Field(() => ID, { nullable: true, description: 'An existing customer; or give `newCustomer`' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  customerId?: string | null;

  @Field(() => NewCustomerInput, { nullable: true, description: 'Matched by e-mail, created when new' })
  @IsOptional()
  @ValidateNested()
  newCustomer?: NewCustomerInput | null;

  @Field(() => AddressInput, { description: 'Where the goods go (decides their VAT).' })
  @ValidateNested()
  shippingAddress!: AddressInput;

  @Field(() => AddressInput, { nullable: true, description: 'Defaults to the shipping address' })
  @IsOptional()
  @ValidateNested()
  billingAddress?: AddressInput | null;

  @Field(() => [OrderLineInput], { description: 'The products and quantities (each product once).' })
  @ArrayMinSize(1, { message: 'an order needs at least one line' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  lines!: OrderLineInput[];

  @Field(() => Int, { defaultValue: 0, description: `Shipping incl. VAT, in cents (0–${MAX_AMOUNT_CENTS})` })
  @Cents()
  shippingCents: number = 0;

  @Field(() => Int, { defaultValue: 0, description: `Discount incl. VAT, in cents (0–${MAX_AMOUNT_CENTS})` })
  @Cents()
  discountCents: number = 0;

  @Field(() => String, { description: 'Internal note.', nullable: true }) @IsOptional() @MaxLength(2000) note?:
    | string
    | null;
}

@InputType({ description: 'An order, by id.' })
export class OrderIdInput {
  @Field(() => ID, { description: "The order's id." })
  @IsUUID('all', { message: 'is not a valid id' })
  id!: string;
}

@InputType({ description: 'Cancelling an order.' })
export class CancelOrderInput extends OrderIdInput {
  @Field(() => String, { description: 'Why, for the timeline.', nullable: true }) @IsOptional() @MaxLength(500) reason?:
    | string
    | null;
}

@InputType({ description: 'Shipping an order.' })
export class ShipOrderInput extends OrderIdInput {
  @Field({ description: 'The carrier, e.g. post_lu.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(60)
  carrier!: string;
  @Field(() => String, { description: "The carrier's tracking number.", nullable: true })
  @IsOptional()
  @MaxLength(100)
  trackingNumber?: string | null;
}

export enum OrderSortField {
  ORDERED_AT = 'orderedAt',
  TOTAL = 'totalCents',
  ORDER_NUMBER = 'orderNumber',
}
registerEnumType(OrderSortField, {
  description: 'Keys to sort orders by.',
  name: 'OrderSortField',
  valuesConfig: {
    ORDERED_AT: { description: 'By the time the order was placed.' },
    TOTAL: { description: 'By the total in cents.' },
    ORDER_NUMBER: { description: "By Orion's order number." },
  },
});

@InputType({ description: 'How to sort orders.' })
export class OrderSort {
  @Field(() => OrderSortField, { description: 'The sort key.', defaultValue: OrderSortField.ORDERED_AT })
  field: OrderSortField = OrderSortField.ORDERED_AT;
  @Field(() => String, { defaultValue: 'desc', description: 'asc or desc' })
  @IsIn(['asc', 'desc'], { message: 'must be asc or desc' })
  direction: 'asc' | 'desc' = 'desc';
}

@InputType({ description: 'Filters of the orders list, combined (AND).' })
export class OrderFilter {
  @Field(() => [OrderStatus], { description: 'Only orders in one of these statuses.', nullable: true }) status?:
    | OrderStatus[]
    | null;
  @Field(() => OrderChannel, { description: 'Only orders of this channel.', nullable: true })
  channel?: OrderChannel | null;
  @Field(() => GraphQLISODateTime, {
    description: 'Only orders placed at or after this instant (ISO 8601).',
    nullable: true,
  })
  from?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Exclusive' }) to?: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Only orders whose record changed (status, dates, totals, tracking, payment) at or after this instant (inclusive; ISO 8601 with time zone; compared with `Order.updatedAt`). For polling: pass the time of your previous poll minus a safety margin of a few minutes and de-duplicate by id and updatedAt.',
  })
  updatedAfter?: Date | null;
  @Field(() => ID, { description: "Only this customer's orders.", nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  customerId?: string | null;
  @Field(() => String, { nullable: true, description: 'Order number or part of the customer e-mail' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@ObjectType({ description: 'The answer of an order mutation.' })
export class OrderPayload {
  @Field(() => Order, { description: 'The order as saved.' }) order!: Order;
}

labelFields(OrderLineInput, { productId: 'Product', quantity: 'Quantity' });
labelFields(NewCustomerInput, {
  email: 'E-mail',
  firstName: 'First name',
  lastName: 'Last name',
  phone: 'Phone',
  preferredLanguage: 'Language',
});
labelFields(CreateOrderInput, {
  customerId: 'Customer',
  newCustomer: 'New customer',
  lines: 'Lines',
  shippingCents: 'Shipping',
  discountCents: 'Discount',
  note: 'Note',
  billingAddress: 'Billing address',
  shippingAddress: 'Shipping address',
});
labelFields(CancelOrderInput, { reason: 'Reason' });
labelFields(ShipOrderInput, { carrier: 'Carrier', trackingNumber: 'Tracking number' });
labelFields(OrderFilter, { status: 'Status', channel: 'Channel', search: 'Search', from: 'From', to: 'To' });
