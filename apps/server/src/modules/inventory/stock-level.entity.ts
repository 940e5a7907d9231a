import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { Product } from '../catalog/product.entity.js';
import { Location } from './location.entity.js';

/** Stock of one product at one location. Postgres refuses negative or over-reserved stock. */
@ObjectType()
@Entity({ tableName: 'stock_level' })
@Unique({ name: 'stock_level_product_location_unique', properties: ['product', 'location'] })
@Check({ name: 'stock_level_quantity_nonnegative', expression: 'quantity >= 0' })
@Check({ name: 'stock_level_reserved_within_quantity', expression: 'reserved >= 0 and reserved <= quantity' })
export class StockLevel extends StoreScopedEntity {
  @ManyToOne({ entity: () => Product, ref: true, deleteRule: 'cascade', index: true })
  product!: Ref<Product>;

  @ManyToOne({ entity: () => Location, ref: true, deleteRule: 'restrict', index: true })
  location!: Ref<Location>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quantity: Opt<number> = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  reserved: Opt<number> = 0;

  @Field(() => Int, { description: 'quantity − reserved' })
  get available(): number {
    return this.quantity - this.reserved;
  }
}
