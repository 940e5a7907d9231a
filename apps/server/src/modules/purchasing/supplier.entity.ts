import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { Product } from '../catalog/product.entity.js';

/** Someone the store buys from. Archived suppliers stay on their orders but take no new ones. */
@ObjectType({ description: 'A supplier the store buys goods from' })
@Entity({ tableName: 'supplier' })
@Check({ name: 'supplier_lead_time_nonnegative', expression: 'lead_time_days >= 0' })
export class Supplier extends StoreScopedEntity {
  @Field({ description: 'Company name' }) @Property({ type: 'string' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Who to talk to' })
  @Property({ type: 'string', nullable: true })
  contactPerson: string | null = null;
  @Field(() => String, { nullable: true, description: 'Where purchase orders are sent' })
  @Property({ type: 'string', nullable: true })
  email: string | null = null;
  @Field(() => String, { nullable: true, description: 'Phone number' })
  @Property({ type: 'string', nullable: true })
  phone: string | null = null;
  @Field(() => String, { nullable: true, description: 'Street and number' })
  @Property({ type: 'string', nullable: true })
  addressLine: string | null = null;
  @Field(() => String, { nullable: true, description: 'Postal code' })
  @Property({ type: 'string', nullable: true })
  postalCode: string | null = null;
  @Field(() => String, { nullable: true, description: 'City' })
  @Property({ type: 'string', nullable: true })
  city: string | null = null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code' })
  @Property({ type: 'string', length: 2, nullable: true })
  country: string | null = null;
  @Field(() => String, { nullable: true, description: 'EU VAT number, checked for prefix, format and check digits' })
  @Property({ type: 'string', nullable: true })
  vatNumber: string | null = null;
  @Field(() => String, { description: 'ISO 4217 currency of its prices (EUR)' })
  @Property({ type: 'string', length: 3 })
  currency: Opt<string> = 'EUR';
  @Field(() => Int, { description: 'Days from sending an order to its delivery, unless a product says otherwise' })
  @Property({ type: 'integer' })
  leadTimeDays: Opt<number> = 7;
  @Field(() => String, { nullable: true, description: 'Payment terms as agreed (free text)' })
  @Property({ type: 'string', nullable: true })
  paymentTerms: string | null = null;
  @Field(() => String, { nullable: true, description: 'Internal notes' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;
  @Field(() => Boolean, { description: 'Archived suppliers take no new purchase orders' })
  @Property({ type: 'boolean' })
  archived: Opt<boolean> = false;
}

/** What a supplier sells of one product, and on which terms. */
@ObjectType({ description: "A product as a supplier sells it: the supplier's SKU, cost and order multiples" })
@Entity({ tableName: 'supplier_product' })
@Unique({ name: 'supplier_product_supplier_product_unique', properties: ['supplier', 'product'] })
@Check({
  name: 'supplier_product_terms_valid',
  expression: 'unit_cost_cents >= 0 and pack_size >= 1 and min_order_quantity >= 1',
})
export class SupplierProduct extends StoreScopedEntity {
  @ManyToOne({ entity: () => Supplier, ref: true, deleteRule: 'cascade', index: true })
  supplier!: Ref<Supplier>;
  @ManyToOne({ entity: () => Product, ref: true, deleteRule: 'cascade', index: true })
  product!: Ref<Product>;
  @Field(() => String, { nullable: true, description: "The supplier's own article number" })
  @Property({ type: 'string', nullable: true })
  supplierSku: string | null = null;
  @Field(() => Int, { description: 'Unit cost in cents, excluding VAT' })
  @Property({ type: 'integer' })
  unitCostCents!: number;
  @Field(() => Int, { description: 'Order multiple: quantities are rounded up to it' })
  @Property({ type: 'integer' })
  packSize: Opt<number> = 1;
  @Field(() => Int, { description: 'The smallest quantity the supplier accepts' })
  @Property({ type: 'integer' })
  minOrderQuantity: Opt<number> = 1;
  @Field(() => Int, { nullable: true, description: "Lead time in days for this product, instead of the supplier's" })
  @Property({ type: 'integer', nullable: true })
  leadTimeDays: number | null = null;
  @Field(() => Boolean, { description: 'The supplier reorder suggestions use for this product' })
  @Property({ type: 'boolean' })
  preferred: Opt<boolean> = false;
}
