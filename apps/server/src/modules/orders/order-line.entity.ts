import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { Product } from '../catalog/product.entity.js';
import { VatCategory } from '../catalog/vat-category.js';
import { ItemState } from './order-enums.js';
import { Order } from './order.entity.js';

/** A line with snapshots of what was sold: later product edits never change it. */
@ObjectType({ description: 'One product of an order.', simpleResolvers: true })
@Entity({ tableName: 'order_line' })
// A marketplace line whose every unit was declined keeps its units (and ids) with quantity 0.
@Check({
  name: 'order_line_quantity_positive',
  expression: "(quantity > 0 or item_state = 'confirmed_unavailable') and quantity >= 0 and unit_price_cents >= 0",
})
export class OrderLine extends StoreScopedEntity {
  @ManyToOne({ entity: () => Order, ref: true, deleteRule: 'cascade', index: true })
  order!: Ref<Order>;

  @Property({ type: 'integer' })
  position!: number;

  @ManyToOne({ entity: () => Product, ref: true, deleteRule: 'restrict', nullable: true, index: true })
  product: Ref<Product> | null = null;

  @Field({ description: "The product's SKU at ordering." }) @Property({ type: 'string' }) sku!: string;
  @Field(() => String, { description: "The product's GTIN at ordering, if any.", nullable: true })
  @Property({ type: 'string', nullable: true })
  gtin: string | null = null;
  @Field({ description: "The product's name at ordering." }) @Property({ type: 'string' }) name!: string;

  @Field(() => Int, { description: 'Incl. VAT, in cents' })
  @Property({ type: 'integer' })
  unitPriceCents!: number;

  @Field(() => VatCategory, { description: 'The Luxembourg VAT category the line was priced with.' })
  @Enum({ items: () => VatCategory, nativeEnumName: 'vat_category' })
  vatCategory!: VatCategory;

  @Field(() => Int, { description: 'Units ordered (on Letzshop: the units not declined).' })
  @Property({ type: 'integer' })
  quantity!: number;
  @Field(() => Int, { description: 'quantity × unit price, in cents, VAT included.' })
  @Property({ type: 'integer' })
  lineTotalCents!: number;

  @Field(() => [String], { description: 'Marketplace unit ids (one per piece)' })
  @Property({ type: 'json' })
  externalItemIds: Opt<string[]> = [];

  /** Marketplace unit id → its state. `quantity` counts the units not declined. */
  @Property({ type: 'jsonb', nullable: true })
  unitStates: Opt<Record<string, ItemState>> | null = null;

  @Field(() => ItemState, { nullable: true, description: 'Summary of the units: unconfirmed while any is open' })
  @Enum({ items: () => ItemState, nativeEnumName: 'item_state', nullable: true })
  itemState: ItemState | null = null;

  @Field(() => Boolean, { description: 'Imported without a matching product in the catalogue' })
  @Property({ type: 'boolean' })
  unmatchedProduct: Opt<boolean> = false;
}
