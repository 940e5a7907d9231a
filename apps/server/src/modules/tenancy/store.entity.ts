import type { Opt, Ref } from '@mikro-orm/core';
import {
  BeforeCreate,
  BeforeUpdate,
  Entity,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { Merchant } from './merchant.entity.js';
import { requireCountryCode } from '../common/country.js';

/** One selling account (e.g. one Letzshop shop). The tenant boundary for store-scoped data. */
@ObjectType({
  description:
    'A shop of a merchant: every order, product, invoice and setting belongs to one store. Its id is sent as x-store-id.',
})
@Entity({ tableName: 'store' })
export class Store {
  @Field(() => ID, { description: "The store's id (a UUID): send it as x-store-id." })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne({ entity: () => Merchant, ref: true, deleteRule: 'restrict', index: true })
  merchant!: Ref<Merchant>;

  @Field({ description: "The store's display name." })
  @Property()
  name!: string;

  @Field({ description: 'Short unique name used in URLs and the CLI (lower case, digits, hyphens).' })
  @Property()
  @Unique()
  slug!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2' })
  @Property({ type: 'string', length: 2 })
  country: Opt<string> = 'LU';

  @BeforeCreate()
  @BeforeUpdate()
  protected checkCountry() {
    this.country = requireCountryCode(this.country);
  }

  @Field(() => String, { description: 'ISO 4217 currency code of all amounts (EUR).' })
  @Property({ type: 'string', length: 3 })
  currency: Opt<string> = 'EUR';

  @Field(() => Date, { description: 'When the store was opened (ISO 8601, UTC).' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
