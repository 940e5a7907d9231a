import { IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection.js';
import { Product, ProductStatus } from './product.entity.js';
import { Cents, MAX_AMOUNT_CENTS, WholeNumber } from '../common/ranges.js';
import type { GoodsKind } from '@orion/vat';
import { GoodsKindEnum } from './goods-kind.js';
import { VatCategory } from './vat-category.js';
import { labelFields } from '../../core/field-labels.js';

/** The limits of a product's fields, the same for the GraphQL inputs and the CSV import. */
export const PRODUCT_LIMITS = {
  sku: 64,
  name: 255,
  description: 10_000,
  brand: 120,
  /** €1,000,000.00: prices are stored as 32-bit cents. */
  cents: MAX_AMOUNT_CENTS,
  lowStockThreshold: 1_000_000,
} as const;
const MAX_CENTS = PRODUCT_LIMITS.cents;
const NOT_BLANK = /\S/;

@InputType({ description: 'A new product.' })
export class CreateProductInput {
  @Field({ description: 'Stock keeping unit, unique in the store.' })
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(PRODUCT_LIMITS.sku, { message: `must be at most ${PRODUCT_LIMITS.sku} characters` })
  sku!: string;
  @Field(() => String, { description: 'GTIN-8/12/13/14 (barcode), check digit validated.', nullable: true })
  @IsOptional()
  @MaxLength(20)
  gtin?: string | null;
  @Field({ description: "The product's name." })
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(PRODUCT_LIMITS.name, { message: `must be at most ${PRODUCT_LIMITS.name} characters` })
  name!: string;
  @Field(() => String, { description: 'Longer text about the product.', nullable: true })
  @IsOptional()
  @MaxLength(PRODUCT_LIMITS.description)
  description?: string | null;
  @Field(() => String, { description: 'The brand.', nullable: true })
  @IsOptional()
  @MaxLength(PRODUCT_LIMITS.brand)
  brand?: string | null;
  @Field(() => Int, { description: 'incl. VAT, cents' })
  @Cents(0, MAX_CENTS)
  priceCents!: number;
  @Field(() => Int, { description: 'Cost price in cents, 0–100,000,000 (€1,000,000).', defaultValue: 0 })
  @Cents(0, MAX_CENTS)
  costCents: number = 0;
  @Field(() => VatCategory, {
    nullable: true,
    description: "Luxembourg category. Default: the kind of goods' Luxembourg category, else standard",
  })
  vatCategory?: VatCategory | null;
  @Field(() => GoodsKindEnum, {
    description: 'The kind of goods (EU VAT); the Luxembourg category follows from it unless given.',
    nullable: true,
  })
  goodsKind?: GoodsKind | null;
  @Field({ description: 'Whether the product is digital (no stock, no shipping).', defaultValue: false })
  digital: boolean = false;
  @Field(() => Int, {
    description: 'Available units at or below which the product counts as running low.',
    defaultValue: 0,
  })
  @WholeNumber(0, PRODUCT_LIMITS.lowStockThreshold)
  lowStockThreshold: number = 0;
}

@InputType({ description: 'Changes to a product; omitted fields stay as they are.' })
export class UpdateProductInput {
  @Field(() => ID, { description: "The product's id." }) @IsUUID('all', { message: 'is not a valid id' }) id!: string;
  @Field({ description: 'New SKU, unique in the store.', nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'cannot be empty' })
  @MaxLength(PRODUCT_LIMITS.sku, { message: `must be at most ${PRODUCT_LIMITS.sku} characters` })
  sku?: string;
  @Field(() => String, { description: 'New GTIN-8/12/13/14, check digit validated.', nullable: true })
  @IsOptional()
  @MaxLength(20)
  gtin?: string | null;
  @Field({ description: 'New name.', nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'cannot be empty' })
  @MaxLength(PRODUCT_LIMITS.name, { message: `must be at most ${PRODUCT_LIMITS.name} characters` })
  name?: string;
  @Field(() => String, { description: 'New description.', nullable: true })
  @IsOptional()
  @MaxLength(PRODUCT_LIMITS.description)
  description?: string | null;
  @Field(() => String, { description: 'New brand.', nullable: true })
  @IsOptional()
  @MaxLength(PRODUCT_LIMITS.brand)
  brand?: string | null;
  @Field(() => Int, {
    description: 'New selling price in cents, VAT included, 0–100,000,000 (€1,000,000).',
    nullable: true,
  })
  @IsOptional()
  @Cents(0, MAX_CENTS)
  priceCents?: number;
  @Field(() => Int, { description: 'New cost price in cents, 0–100,000,000 (€1,000,000).', nullable: true })
  @IsOptional()
  @Cents(0, MAX_CENTS)
  costCents?: number;
  @Field(() => VatCategory, { nullable: true, description: 'Luxembourg category; unchanged when omitted' })
  vatCategory?: VatCategory;
  @Field(() => GoodsKindEnum, {
    nullable: true,
    description: 'Sets (confirms) the kind of goods; null clears it. The Luxembourg category stays unless given.',
  })
  goodsKind?: GoodsKind | null;
  @Field({ description: 'Whether the product is digital.', nullable: true }) digital?: boolean;
  @Field(() => Int, { description: 'New low-stock threshold.', nullable: true })
  @IsOptional()
  @WholeNumber(0, PRODUCT_LIMITS.lowStockThreshold)
  lowStockThreshold?: number;
}

@InputType({ description: 'A product, by id.' })
export class ProductIdInput {
  @Field(() => ID, { description: "The product's id." }) @IsUUID('all', { message: 'is not a valid id' }) id!: string;
}

export enum ProductSortField {
  NAME = 'name',
  SKU = 'sku',
  PRICE = 'priceCents',
  CREATED_AT = 'createdAt',
}
registerEnumType(ProductSortField, {
  description: 'How to sort products.',
  name: 'ProductSortField',
  valuesConfig: {
    NAME: { description: 'By name.' },
    SKU: { description: 'By SKU.' },
    PRICE: { description: 'By selling price.' },
    CREATED_AT: { description: 'By creation time.' },
  },
});

@ArgsType()
export class ProductListArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, SKU or GTIN' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
  @Field(() => ProductStatus, { nullable: true, description: 'Default: active' }) status?: ProductStatus | null;
  @Field(() => VatCategory, { description: 'Only products of this Luxembourg VAT category.', nullable: true })
  vatCategory?: VatCategory | null;
  @Field(() => GoodsKindEnum, { description: 'Only products of this kind of goods (EU VAT).', nullable: true })
  goodsKind?: GoodsKind | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only products without a kind of goods (to set or confirm); false: only those with one',
  })
  goodsKindMissing?: boolean | null;
  @Field(() => Boolean, { description: 'true: only digital products; false: only physical ones.', nullable: true })
  digital?: boolean | null;
  @Field(() => String, { description: 'Only products of this brand (exact, case-insensitive).', nullable: true })
  brand?: string | null;
  @Field(() => ProductSortField, {
    description: 'The sort key; ties are broken by id.',
    defaultValue: ProductSortField.NAME,
  })
  sort: ProductSortField = ProductSortField.NAME;
  @Field(() => String, { defaultValue: 'asc', description: 'asc or desc' })
  @IsIn(['asc', 'desc'], { message: 'must be asc or desc' })
  direction: string = 'asc';
}

@ObjectType({ description: "A product's stock summed over all locations." })
export class ProductStock {
  @Field(() => Int, { description: 'Units on the shelves.' }) quantity!: number;
  @Field(() => Int, { description: 'Units held for open orders.' }) reserved!: number;
  @Field(() => Int, { nullable: true, description: 'null for digital products: no stock limit' }) available!:
    | number
    | null;
}

@ObjectType({ description: 'The answer of a product mutation.' })
export class ProductPayload {
  @Field(() => Product, { description: 'The product as saved.' }) product!: Product;
}

labelFields(CreateProductInput, {
  sku: 'SKU',
  gtin: 'GTIN',
  name: 'Name',
  description: 'Description',
  brand: 'Brand',
  priceCents: 'Price',
  costCents: 'Cost',
  vatCategory: 'VAT category',
  digital: 'Digital',
  lowStockThreshold: 'Low-stock threshold',
});
