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
registerEnumType(InvoiceType, {
  description: 'The kind of document.',
  name: 'InvoiceType',
  valuesConfig: {
    INVOICE: { description: 'An invoice.' },
    CREDIT_NOTE: { description: 'A credit note correcting an invoice (its own CN- series).' },
  },
});

export enum InvoiceStatus {
  ISSUED = 'issued',
  PAID = 'paid',
  /** Only by a full credit note. */
  CANCELLED = 'cancelled',
}
registerEnumType(InvoiceStatus, {
  description: 'The status of an invoice or credit note.',
  name: 'InvoiceStatus',
  valuesConfig: {
    ISSUED: { description: 'Issued, not yet paid.' },
    PAID: { description: 'Paid (recorded with markInvoicePaid).' },
    CANCELLED: { description: 'Fully credited by a credit note.' },
  },
});

/**
 * An issued invoice or credit note. Everything it says is a snapshot taken at issue; Postgres
 * refuses any later change except status/payment, and any delete (see the migration's trigger).
 */
@ObjectType({
  description:
    'An issued invoice or credit note: immutable once issued except its status and payment. Amounts are integer cents; its PDF is at /api/invoices/<id>.pdf.',
  simpleResolvers: true,
})
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
  @Field(() => InvoiceType, { description: 'Invoice or credit note.' })
  @Enum({ items: () => InvoiceType, nativeEnumName: 'invoice_type' })
  type!: InvoiceType;
  @Field({ description: 'The document number, unique per seller, e.g. INV-2026-00042 or CN-2026-00003.' })
  @Property({ type: 'string' })
  number!: string;
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
  @Field(() => InvoiceStatus, { description: 'Issued, paid, or cancelled by a full credit note.' })
  @Enum({ items: () => InvoiceStatus, nativeEnumName: 'invoice_status' })
  status: Opt<InvoiceStatus> = InvoiceStatus.ISSUED;

  @ManyToOne({ entity: () => Order, ref: true, deleteRule: 'restrict', nullable: true, index: true })
  order: Ref<Order> | null = null;

  @ManyToOne({ entity: () => Invoice, ref: true, deleteRule: 'restrict', nullable: true, index: true })
  creditedInvoice: Ref<Invoice> | null = null;

  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' }) issueDate!: string;
  @Field({ description: 'YYYY-MM-DD' }) @Property({ type: 'date' }) supplyDate!: string;
  @Field(() => String, { description: 'YYYY-MM-DD the payment is due; null for a credit note.', nullable: true })
  @Property({ type: 'date', nullable: true })
  dueDate: string | null = null;
  @Field({ description: "The document's language (en, fr, de)." })
  @Property({ type: 'string', length: 2 })
  language!: string;
  @Field(() => String, { description: 'ISO 4217 currency code (EUR).' })
  @Property({ type: 'string', length: 3 })
  currency: Opt<string> = 'EUR';
  @Field({ description: 'The VAT regime applied, e.g. domestic, oss, reverse_charge, export (see vatDecision).' })
  @Property({ type: 'string' })
  vatRegime!: string;

  @Property({ type: 'json' }) seller!: SellerSnapshot;
  @Property({ type: 'json' }) buyer!: BuyerSnapshot;
  @Property({ type: 'json' }) lines!: InvoiceLineSnapshot[];
  @Property({ type: 'json' }) vatBreakdown!: VatBreakdownRow[];
  @Property({ type: 'json' }) legalMentions: Opt<string[]> = [];

  @Field(() => Int, { description: 'Total excluding VAT, in cents.' }) @Property({ type: 'integer' }) netCents!: number;
  @Field(() => Int, { description: 'Total VAT, in cents.' }) @Property({ type: 'integer' }) vatCents!: number;
  @Field(() => Int, { description: 'Total including VAT, in cents: netCents + vatCents.' })
  @Property({ type: 'integer' })
  grossCents!: number;

  @Field(() => GraphQLISODateTime, { description: 'When the payment was recorded; null while unpaid.', nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  paidAt: Date | null = null;
}
