import { IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Product } from '../catalog/product.entity.js';
import { InventoryReason } from './inventory-transaction.entity.js';
import { Location } from './location.entity.js';
import { labelFields } from '../../core/field-labels.js';

import { ADJUST_REASONS, MAX_ADJUST_QUANTITY } from './adjust-reasons.js';

@InputType({ description: 'A new stock location.' })
export class CreateLocationInput {
  @Field({ description: 'Warehouse code (upper-cased).' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(60)
  warehouse!: string;
  @Field({ description: 'Bin or shelf code (upper-cased); unique with the warehouse.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(60)
  bin!: string;
}

@InputType({ description: 'A stock adjustment at one location.' })
export class AdjustStockInput {
  @Field(() => ID, { description: 'The product.' }) @IsUUID('all', { message: 'is not a valid id' }) productId!: string;
  @Field(() => ID, { description: 'The location.' })
  @IsUUID('all', { message: 'is not a valid id' })
  locationId!: string;

  @Field(() => InventoryReason, {
    description:
      '`quantity` is a signed change whose sign the reason decides: received, returned: + only; damaged, lost, theft, sample: − only; found, correction: either. counted: `quantity` is the counted total',
  })
  @IsIn(ADJUST_REASONS, { message: `must be one of ${ADJUST_REASONS.join(', ')}` })
  reason!: InventoryReason;

  @Field(() => Int, { description: `At most ${MAX_ADJUST_QUANTITY} either way` }) @IsInt() quantity!: number;

  @Field(() => String, { description: 'Why, for the audit trail.', nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: 'Moving stock between two locations.' })
export class TransferStockInput {
  @Field(() => ID, { description: 'The product.' }) @IsUUID('all', { message: 'is not a valid id' }) productId!: string;
  @Field(() => ID, { description: 'Where the units are taken from.' })
  @IsUUID('all', { message: 'is not a valid id' })
  fromLocationId!: string;
  @Field(() => ID, { description: 'Where they go (another location).' })
  @IsUUID('all', { message: 'is not a valid id' })
  toLocationId!: string;
  @Field(() => Int, { description: `1–${MAX_ADJUST_QUANTITY}` })
  @IsInt()
  @Min(1, { message: `must be from 1 to ${MAX_ADJUST_QUANTITY}` })
  @Max(MAX_ADJUST_QUANTITY, { message: `must be from 1 to ${MAX_ADJUST_QUANTITY}` })
  quantity!: number;
  @Field(() => String, { description: 'Why, for the audit trail.', nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@ObjectType({ description: 'The stock of one product at one location.' })
export class StockLevelView {
  @Field(() => ID, { description: "The stock level's id." }) id!: string;
  @Field(() => Product, { description: 'The product.' }) product!: Product;
  @Field(() => Location, { description: 'The location.' }) location!: Location;
  @Field(() => Int, { description: 'Units on the shelf.' }) quantity!: number;
  @Field(() => Int, { description: 'Units held for open orders.' }) reserved!: number;
  @Field(() => Int, { description: 'quantity − reserved: what can still be sold.' }) available!: number;
}

@ObjectType({ description: 'A product at or below its low-stock threshold.' })
export class LowStockItem {
  @Field(() => Product, { description: 'The product.' }) product!: Product;
  @Field(() => Int, { description: 'Units on the shelves, all locations.' }) quantity!: number;
  @Field(() => Int, { description: 'Units held for open orders.' }) reserved!: number;
  @Field(() => Int, { description: 'quantity − reserved.' }) available!: number;
  @Field(() => Int, { description: "The product's low-stock threshold." }) threshold!: number;
}

labelFields(CreateLocationInput, { warehouse: 'Warehouse', bin: 'Bin' });
labelFields(AdjustStockInput, {
  productId: 'Product',
  locationId: 'Location',
  quantity: 'Quantity',
  reason: 'Reason',
  note: 'Note',
});
labelFields(TransferStockInput, { fromLocationId: 'From location', toLocationId: 'To location' });
