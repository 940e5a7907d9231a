import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { Order } from '../orders/order.entity.js';
import { Merchant } from '../tenancy/merchant.entity.js';
import type { BuyerSnapshot, InvoiceLineSnapshot, SellerSnapshot, VatBreakdownRow } from './invoice-snapshots.js';

export enum InvoiceType {
  INVOICE = 'invoice',
  CREDIT_NOTE = 'credit_note',
}
registerEnumType(InvoiceType, { name: 'InvoiceType' });

export enum InvoiceStatus {
  ISSUED = 'issued',
  PAID = 'paid',
  /** Only by a full credit note. */
  CANCELLED = 'cancelled',
}
registerEnumType(InvoiceStatus, { name: 'InvoiceStatus' });

/**
 * An issued invoice or credit note. Everything it says is a snapshot taken at issue; Postgres
 * refuses any later change except status/payment, and any delete (see the migration's trigger).
 */
@ObjectType({ simpleResolvers: true })
@Entity({ tableName: 'invoice' })
// A number identifies one document of the seller (Art. 226(2)): unique per merchant across its stores.
// Numbers issued twice before numbering was per merchant stay as issued, flagged `duplicateNumber`.
@Index({
  name: 'invoice_merchant_number_unique',
  expression: `create unique index "invoice_merchant_number_unique" on "invoice" ("merchant_id", "number") where not "duplicate_number"`,
})
@Index({
  name: 'invoice_merchant_series_sequence_unique',
  expression: `create unique index "invoice_merchant_series_sequence_unique" on "invoice" ("merchant_id", "series", "sequence") where not "duplicate_number"`,
})
@Unique({ name: 'invoice_store_number_unique', properties: ['store', 'number'] })
@Index({
  name: 'invoice_one_live_invoice_per_order',
  expression: `create unique index "invoice_one_live_invoice_per_order" on "invoice" ("order_id") where "type" = 'invoice' and "status" <> 'cancelled'`,
})
@Index({ name: 'invoice_store_issue_date_number_index', properties: ['store', 'issueDate', 'number'] })
export class Invoice extends StoreScopedEntity {
  @Field(() => InvoiceType) @Enum({ items: () => InvoiceType, nativeEnumName: 'invoice_type' }) type!: InvoiceType;
  @Field() @Property({ type: 'string' }) number!: string;
  /** The seller (legal entity) whose series the number belongs to. */
  @ManyToOne({ entity: () => Merchant, ref: true, deleteRule: 'restrict' })
  merchant!: Ref<Merchant>;
  /** The series: the prefix the number was taken with; one gap-free series per merchant and prefix. */
  @Property({ type: 'string' }) series!: string;
  @Field(() => Int, { description: "Position in its series (the prefix, shared by all the seller's stores)" })
  @Property({ type: 'integer' })
  sequence!: number;
  @Field(() => Boolean, {
    description:
      'Issued before numbering was per seller with a number another store of the seller had issued too (kept as sent)',
  })
  @Property({ type: 'boolean' })
  duplicateNumber: Opt<boolean> = false;
  @Field(() => InvoiceStatus)
  @Enum({ items: () => InvoiceStatus, nativeEnumName: 'invoice_status' })
  status: Opt<InvoiceStatus> = InvoiceStatus.ISSUED;

  @ManyToOne({ entity: () => Order, ref: true, deleteRule: 'restrict', nullable: true, index: true })
  order: Ref<Order> | null = null;

  @ManyToOne({ entity: () => Invoice, ref: true, deleteRule: 'restrict', nullable: true, index: true })
  creditedInvoice: Ref<Invoice> | null = null;

  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' }) issueDate!: string;
  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' }) supplyDate!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'date', nullable: true }) dueDate: string | null = null;
  @Field() @Property({ type: 'string', length: 2 }) language!: string;
  @Field(() => String) @Property({ type: 'string', length: 3 }) currency: Opt<string> = 'EUR';
  @Field() @Property({ type: 'string' }) vatRegime!: string;

  @Property({ type: 'json' }) seller!: SellerSnapshot;
  @Property({ type: 'json' }) buyer!: BuyerSnapshot;
  @Property({ type: 'json' }) lines!: InvoiceLineSnapshot[];
  @Property({ type: 'json' }) vatBreakdown!: VatBreakdownRow[];
  @Property({ type: 'json' }) legalMentions: Opt<string[]> = [];

  @Field(() => Int) @Property({ type: 'integer' }) netCents!: number;
  @Field(() => Int) @Property({ type: 'integer' }) vatCents!: number;
  @Field(() => Int) @Property({ type: 'integer' }) grossCents!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  paidAt: Date | null = null;
}
