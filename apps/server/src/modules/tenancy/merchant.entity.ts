import { Collection } from '@mikro-orm/core';
import { BeforeCreate, BeforeUpdate, Entity, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Store } from './store.entity.js';
import { requireCountryCode } from '../common/country.js';

/** The legal business. Owns one or more stores. */
@ObjectType()
@Entity({ tableName: 'merchant' })
export class Merchant extends BaseEntity {
  @Field()
  @Property()
  legalName!: string;

  @Field()
  @Property()
  addressLine!: string;

  @Field()
  @Property()
  postalCode!: string;

  @Field()
  @Property()
  city!: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  @Property({ length: 2 })
  country!: string;

  @BeforeCreate()
  @BeforeUpdate()
  protected checkCountry() {
    this.country = requireCountryCode(this.country);
  }

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  vatNumber: string | null = null;

  @Field(() => String, { nullable: true, description: 'Luxembourg trade register number (RCS)' })
  @Property({ type: 'string', nullable: true })
  rcsNumber: string | null = null;

  @OneToMany(
    () => Store,
    (s) => s.merchant,
  )
  stores = new Collection<Store>(this);
}
