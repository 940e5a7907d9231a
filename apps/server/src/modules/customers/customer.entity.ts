import { ArrayType, BigIntType, type Opt } from '@mikro-orm/core';
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

/** Marketing consent as Mailchimp keeps it: a state, not a yes/no. */
export enum ConsentStatus {
  SUBSCRIBED = 'subscribed',
  UNSUBSCRIBED = 'unsubscribed',
  NOT_ASKED = 'not_asked',
}
registerEnumType(ConsentStatus, {
  name: 'ConsentStatus',
  description: 'Marketing consent of a customer',
  valuesConfig: {
    SUBSCRIBED: { description: 'Agreed to receive marketing e-mails' },
    UNSUBSCRIBED: { description: 'Refused or withdrew consent' },
    NOT_ASKED: { description: 'Never asked, or the source did not say' },
  },
});

/** Where a consent change came from. */
export enum ConsentSource {
  LETZSHOP_CHECKOUT = 'letzshop_checkout',
  SHOP_COUNTER = 'shop_counter',
  FORM = 'form',
  IMPORT = 'import',
  ERASURE = 'erasure',
}
registerEnumType(ConsentSource, {
  name: 'ConsentSource',
  description: 'Where a marketing consent change came from',
  valuesConfig: {
    LETZSHOP_CHECKOUT: { description: "The buyer's choice at the Letzshop checkout" },
    SHOP_COUNTER: { description: 'Asked in person, at the shop counter' },
    FORM: { description: 'A sign-up or contact form' },
    IMPORT: { description: 'A file imported from another tool' },
    ERASURE: { description: 'Cleared by an erasure of personal data' },
  },
});

/** At most this many characters in one tag (Mailchimp's limit). */
export const TAG_MAX_LENGTH = 100;
/** At most this many tags on one customer. */
export const TAGS_MAX = 50;

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

  @Field(() => String, {
    nullable: true,
    description:
      "The buyer's electronic address on Peppol e-invoices, `scheme:identifier` (e.g. `0088:5798000000001`); without it, the VAT number's where its country has a scheme, else the e-mail",
  })
  @Property({ type: 'string', nullable: true })
  peppolId: string | null = null;

  @Field(() => Boolean, {
    description:
      'Buys as a business (B2B). With a valid VAT number of another EU state: invoiced without VAT (intra-Community supply)',
  })
  @Property({ type: 'boolean', default: false })
  isBusiness: Opt<boolean> = false;

  @Field(() => CustomerLanguage, { description: 'The language for e-mails and invoices.' })
  @Enum({ items: () => CustomerLanguage, nativeEnumName: 'customer_language' })
  preferredLanguage: Opt<CustomerLanguage> = CustomerLanguage.fr;

  @Field(() => ConsentStatus, { description: 'Marketing consent; its history is `consentHistory`' })
  @Enum({ items: () => ConsentStatus, nativeEnumName: 'consent_status', default: ConsentStatus.NOT_ASKED })
  consentStatus: Opt<ConsentStatus> = ConsentStatus.NOT_ASKED;

  @Field(() => ConsentSource, { nullable: true, description: 'Where the last consent change came from' })
  @Enum({ items: () => ConsentSource, nativeEnumName: 'consent_source', nullable: true })
  consentSource: ConsentSource | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When consent last changed' })
  @Property({ type: 'timestamptz', nullable: true })
  consentChangedAt: Date | null = null;

  @Field(() => [String], { description: `Free tags of this store, at most ${TAG_MAX_LENGTH} characters each` })
  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: "'{}'" })
  tags: Opt<string[]> = [];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the personal data were erased (GDPR Art. 17); the record stays for the orders',
  })
  @Property({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null = null;

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
