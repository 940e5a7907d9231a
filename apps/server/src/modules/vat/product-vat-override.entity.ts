import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { VAT_RATE_CATEGORIES, type VatRateCategory } from '@orion/vat';
import { Field, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { Product } from '../catalog/product.entity.js';

/**
 * A store's choice (its accountant's) of the destination rate for one product in one member state,
 * where the goods-rate table says "check" or the product is an exception. Applied to OSS invoices
 * issued while it exists and named in their VAT decision's reason.
 */
@ObjectType('ProductVatOverride', {
  description: 'A VAT rate category set by hand for one product in one destination country.',
  simpleResolvers: true,
})
@Entity({ tableName: 'product_vat_override' })
@Unique({ name: 'product_vat_override_product_country_unique', properties: ['store', 'product', 'country'] })
export class ProductVatOverride extends StoreScopedEntity {
  @Field(() => Product, { description: 'The product.' })
  @ManyToOne({ entity: () => Product, ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;

  @Field({ description: 'Member state of consumption (ISO code)' })
  @Property({ type: 'string', length: 2 })
  country!: string;

  @Field(() => String, {
    description: 'Which of that state’s rates applies: standard, reduced, reduced2, super_reduced, zero, parking',
  })
  @Enum({ items: () => [...VAT_RATE_CATEGORIES] })
  rateCategory!: VatRateCategory;

  @Field({ description: 'Why (the accountant’s reasoning); printed in the decision’s reason' })
  @Property({ type: 'text' })
  note!: string;

  @Field(() => String, { nullable: true, description: 'E-mail of who set it' })
  @Property({ type: 'string', nullable: true })
  setBy: string | null = null;
}

/** Every change of an override, kept: who set or removed which rate for which product and state, and when. */
@ObjectType('ProductVatOverrideChange', {
  description: "A recorded change of a product's VAT override.",
  simpleResolvers: true,
})
@Entity({ tableName: 'product_vat_override_log' })
export class ProductVatOverrideLog extends StoreScopedEntity {
  @Field(() => String, { description: "The product's id." })
  @Property({ type: 'uuid', index: true })
  productId!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  @Property({ type: 'string', length: 2 })
  country!: string;

  @Field(() => String, { description: 'set or removed' })
  @Enum({ items: () => ['set', 'removed'] })
  action!: 'set' | 'removed';

  @Field(() => String, { description: 'The rate category set; null when removed.', nullable: true })
  @Property({ type: 'string', nullable: true })
  rateCategory: string | null = null;

  @Field(() => String, { description: 'Why it was changed.', nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => String, { description: 'Who changed it.', nullable: true })
  @Property({ type: 'string', nullable: true })
  changedBy: string | null = null;
}
