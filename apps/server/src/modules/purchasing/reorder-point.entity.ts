import type { Ref } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { Product } from '../catalog/product.entity.js';
import { Location } from '../inventory/location.entity.js';

/** Reorder point (min) and target (max) of a product at a location. */
@ObjectType({ description: 'Reorder point (min) and target (max) of a product at a location' })
@Entity({ tableName: 'reorder_point' })
@Unique({ name: 'reorder_point_product_location_unique', properties: ['product', 'location'] })
@Check({ name: 'reorder_point_range_valid', expression: 'min_quantity >= 0 and max_quantity >= min_quantity' })
export class ReorderPoint extends StoreScopedEntity {
  @ManyToOne({ entity: () => Product, ref: true, deleteRule: 'cascade', index: true })
  product!: Ref<Product>;
  @ManyToOne({ entity: () => Location, ref: true, deleteRule: 'cascade' })
  location!: Ref<Location>;
  @Field(() => Int, { description: 'Reorder when projected stock falls below this' })
  @Property({ type: 'integer' })
  minQuantity!: number;
  @Field(() => Int, { description: 'Order up to this' })
  @Property({ type: 'integer' })
  maxQuantity!: number;
}
