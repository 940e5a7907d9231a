import { BigIntType, type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { Address } from './address.js';

export enum CustomerLanguage {
  en = 'en',
  fr = 'fr',
  de = 'de',
  lb = 'lb',
}
registerEnumType(CustomerLanguage, {
  description: "A customer's language.",
  name: 'CustomerLanguage',
  valuesConfig: {
    en: { description: 'English.' },
    fr: { description: 'French.' },
    de: { description: 'German.' },
    lb: { description: 'Luxembourgish.' },
  },
});

/** A buyer of one store, identified by e-mail (unique per store, case-insensitively). */
@ObjectType({
  description: 'A buyer of the store (a guest or a registered customer), with statistics kept exact.',
  simpleResolvers: true,
})
@Entity({ tableName: 'customer' })
@Index({
  name: 'customer_store_email_unique',
  expression: 'create unique index "customer_store_email_unique" on "customer" ("store_id", lower("email"))',
})
@Check({ name: 'customer_stats_nonnegative', expression: 'total_orders >= 0 and total_spent_cents >= 0' })
export class Customer extends StoreScopedEntity {
  @Field({ description: 'E-mail, unique in the store (case-insensitive).' })
  @Property({ type: 'string' })
  email!: string;

  @Field(() => String, { description: 'First name.' })
  @Property({ type: 'string' })
  firstName: Opt<string> = '';

  @Field(() => String, { description: 'Last name.' })
  @Property({ type: 'string' })
  lastName: Opt<string> = '';

  @Field(() => String, { description: 'Company name, for business buyers.', nullable: true })
  @Property({ type: 'string', nullable: true })
  company: string | null = null;

  @Field(() => String, { description: 'Phone number.', nullable: true })
  @Property({ type: 'string', nullable: true })
  phone: string | null = null;

  @Field(() => String, { description: "The business buyer's VAT number with country prefix.", nullable: true })
  @Property({ type: 'string', nullable: true })
  vatNumber: string | null = null;

  @Field(() => Boolean, {
    description:
      'Buys as a business (B2B). With a valid VAT number of another EU state: invoiced without VAT (intra-Community supply)',
  })
  @Property({ type: 'boolean', default: false })
  isBusiness: Opt<boolean> = false;

  @Field(() => CustomerLanguage, { description: 'The language for e-mails and invoices.' })
  @Enum({ items: () => CustomerLanguage, nativeEnumName: 'customer_language' })
  preferredLanguage: Opt<CustomerLanguage> = CustomerLanguage.fr;

  @Field(() => Boolean, { description: 'Whether the customer agreed to marketing e-mails.' })
  @Property({ type: 'boolean' })
  marketingConsent: Opt<boolean> = false;

  @Field(() => Boolean, { description: 'Guest (e.g. a marketplace buyer) rather than a registered customer' })
  @Property({ type: 'boolean' })
  isGuest: Opt<boolean> = false;

  @Field(() => Address, { description: 'The default shipping address.', nullable: true })
  @Property({ type: 'json', nullable: true })
  shippingAddress: Address | null = null;

  @Field(() => Address, { description: 'The default billing address.', nullable: true })
  @Property({ type: 'json', nullable: true })
  billingAddress: Address | null = null;

  // Statistics, kept exact in the same transaction as the orders that change them.
  @Field(() => Int, { description: 'How many orders the customer placed in this store.' })
  @Property({ type: 'integer' })
  totalOrders: Opt<number> = 0;
  @Field(() => Int, { description: 'What the customer spent, in cents, VAT included.' })
  @Property({ type: new BigIntType('number'), columnType: 'bigint' })
  totalSpentCents: Opt<number> = 0;
  @Field(() => GraphQLISODateTime, { description: 'When the first order was placed.', nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  firstOrderAt: Date | null = null;
  @Field(() => GraphQLISODateTime, { description: 'When the latest order was placed.', nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastOrderAt: Date | null = null;
}

/** A customer as the orders list reads it (plain columns, no store reference). */
export type CustomerRow = Omit<Customer, 'store'>;
