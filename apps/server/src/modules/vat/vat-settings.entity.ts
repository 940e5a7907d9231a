import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Store } from '../tenancy/store.entity.js';

/** A store's EU VAT settings (One-Stop Shop). One row per store, created with defaults on first use. */
@ObjectType('StoreVatSettings', { description: "The store's EU VAT settings.", simpleResolvers: true })
@Entity({ tableName: 'store_vat_settings' })
export class StoreVatSettings {
  @ManyToOne({ entity: () => Store, primary: true, ref: true, deleteRule: 'cascade' })
  store!: Ref<Store>;

  @Field(() => Boolean, { description: 'Registered for the Union OSS scheme: destination VAT on every EU B2C sale' })
  @Property({ type: 'boolean', default: false })
  ossRegistered: Opt<boolean> = false;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: supplies from this date are under OSS' })
  @Property({ type: 'date', nullable: true })
  ossRegisteredSince: string | null = null;

  @Field(() => String, { nullable: true, description: 'Member state of OSS identification (usually LU)' })
  @Property({ type: 'string', length: 2, nullable: true })
  ossRegistrationCountry: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

/**
 * EU cross-border B2C sales (excl. VAT) a store made outside Orion in a calendar year (before it
 * used Orion, or through another channel): they count towards the €10,000 threshold.
 */
@Entity({ tableName: 'vat_sales_outside_orion' })
export class VatSalesOutsideOrion {
  @ManyToOne({ entity: () => Store, primary: true, ref: true, deleteRule: 'cascade' })
  store!: Ref<Store>;

  @PrimaryKey({ type: 'integer' }) year!: number;

  @Property({ type: 'integer' }) cents!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
