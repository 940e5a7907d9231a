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
@ObjectType()
@Entity({ tableName: 'store' })
export class Store {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne({ entity: () => Merchant, ref: true, deleteRule: 'restrict', index: true })
  merchant!: Ref<Merchant>;

  @Field()
  @Property()
  name!: string;

  @Field()
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

  @Field(() => String)
  @Property({ type: 'string', length: 3 })
  currency: Opt<string> = 'EUR';

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
