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
registerEnumType(CustomerLanguage, { name: 'CustomerLanguage' });

/** A buyer of one store, identified by e-mail (unique per store, case-insensitively). */
@ObjectType({ simpleResolvers: true })
@Entity({ tableName: 'customer' })
@Index({
  name: 'customer_store_email_unique',
  expression: 'create unique index "customer_store_email_unique" on "customer" ("store_id", lower("email"))',
})
@Check({ name: 'customer_stats_nonnegative', expression: 'total_orders >= 0 and total_spent_cents >= 0' })
export class Customer extends StoreScopedEntity {
  @Field()
  @Property({ type: 'string' })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  firstName: Opt<string> = '';

  @Field(() => String)
  @Property({ type: 'string' })
  lastName: Opt<string> = '';

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  company: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
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

  @Field(() => CustomerLanguage)
  @Enum({ items: () => CustomerLanguage, nativeEnumName: 'customer_language' })
  preferredLanguage: Opt<CustomerLanguage> = CustomerLanguage.fr;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  marketingConsent: Opt<boolean> = false;

  @Field(() => Boolean, { description: 'Guest (e.g. a marketplace buyer) rather than a registered customer' })
  @Property({ type: 'boolean' })
  isGuest: Opt<boolean> = false;

  @Field(() => Address, { nullable: true })
  @Property({ type: 'json', nullable: true })
  shippingAddress: Address | null = null;

  @Field(() => Address, { nullable: true })
  @Property({ type: 'json', nullable: true })
  billingAddress: Address | null = null;

  // Statistics, kept exact in the same transaction as the orders that change them.
  @Field(() => Int) @Property({ type: 'integer' }) totalOrders: Opt<number> = 0;
  @Field(() => Int) @Property({ type: new BigIntType('number'), columnType: 'bigint' }) totalSpentCents: Opt<number> =
    0;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  firstOrderAt: Date | null = null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastOrderAt: Date | null = null;
}
