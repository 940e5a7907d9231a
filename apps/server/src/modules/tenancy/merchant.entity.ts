import { Collection } from '@mikro-orm/core';
import { BeforeCreate, BeforeUpdate, Entity, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Store } from './store.entity.js';
import { requireCountryCode } from '../common/country.js';

/** The legal business. Owns one or more stores. */
@ObjectType({
  description: 'The legal entity (company) that owns one or more stores; its VAT number is shared by its stores.',
})
@Entity({ tableName: 'merchant' })
export class Merchant extends BaseEntity {
  @Field({ description: 'The registered company name.' })
  @Property()
  legalName!: string;

  @Field({ description: 'Street and number of the registered address.' })
  @Property()
  addressLine!: string;

  @Field({ description: 'Postal code, e.g. L-1616.' })
  @Property()
  postalCode!: string;

  @Field({ description: 'City of the registered address.' })
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

  @Field(() => String, {
    description: 'The VAT number with its country prefix, e.g. LU26375245; null when not registered.',
    nullable: true,
  })
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
