import type { Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { GOODS_KINDS, type GoodsKind } from '@orion/vat';
import { GoodsKindEnum } from './goods-kind.js';
import { VatCategory } from './vat-category.js';

export enum ProductStatus {
  ACTIVE = 'active',
  ARCHIVED = 'archived',
}
registerEnumType(ProductStatus, {
  description: 'Whether a product is for sale.',
  name: 'ProductStatus',
  valuesConfig: {
    ACTIVE: { description: 'For sale: can be ordered.' },
    ARCHIVED: { description: 'Kept for history, cannot be ordered.' },
  },
});

@ObjectType({ description: "A product of the store's catalogue.", simpleResolvers: true })
@Entity({ tableName: 'product' })
@Unique({ name: 'product_store_sku_unique', properties: ['store', 'sku'] })
@Index({ name: 'product_store_gtin_index', properties: ['store', 'gtin'] })
@Index({ name: 'product_store_goods_kind_index', properties: ['store', 'goodsKind'] })
@Index({
  name: 'product_search_index',
  expression: `create index "product_search_index" on "product" using gin (to_tsvector('simple', coalesce("name", '') || ' ' || coalesce("brand", '')))`,
})
@Check({ name: 'product_price_nonnegative', expression: 'price_cents >= 0 and cost_cents >= 0' })
@Check({ name: 'product_low_stock_nonnegative', expression: 'low_stock_threshold >= 0' })
export class Product extends StoreScopedEntity {
  @Field({ description: 'Stock keeping unit, unique in the store.' })
  @Property({ type: 'string' })
  sku!: string;

  @Field(() => String, { nullable: true, description: 'GTIN-8/12/13/14, check digit validated' })
  @Property({ type: 'string', length: 14, nullable: true })
  gtin: string | null = null;

  @Field({ description: "The product's name as sold." })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'Longer text about the product.', nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => String, { description: 'The brand.', nullable: true })
  @Property({ type: 'string', nullable: true })
  brand: string | null = null;

  @Field(() => Int, { description: 'Selling price including VAT, in cents' })
  @Property({ type: 'integer' })
  priceCents!: number;

  @Field(() => Int, { description: 'Cost price, in cents' })
  @Property({ type: 'integer' })
  costCents: Opt<number> = 0;

  @Field(() => VatCategory, {
    description: 'The Luxembourg VAT category (standard 17 %, reduced2 14 %, reduced 8 %, super_reduced 3 %, zero).',
  })
  @Enum({ items: () => VatCategory, nativeEnumName: 'vat_category' })
  vatCategory: Opt<VatCategory> = VatCategory.STANDARD;

  @Field(() => GoodsKindEnum, {
    nullable: true,
    description:
      'What the product is, for VAT (destination rates under OSS); null until set or confirmed — see goodsKindSuggestion',
  })
  @Enum({ items: () => [...GOODS_KINDS], nullable: true })
  goodsKind: GoodsKind | null = null;

  @Field(() => Boolean, { description: 'Digital products have no stock limit' })
  @Property({ type: 'boolean' })
  digital: Opt<boolean> = false;

  @Field(() => ProductStatus, { description: 'Active (for sale) or archived.' })
  @Enum({ items: () => ProductStatus, nativeEnumName: 'product_status' })
  status: Opt<ProductStatus> = ProductStatus.ACTIVE;

  @Field(() => Int, { description: 'At or below this many available units the product is listed as running low.' })
  @Property({ type: 'integer' })
  lowStockThreshold: Opt<number> = 0;
}
