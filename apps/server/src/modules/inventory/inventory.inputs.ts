import { IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength, Min, NotEquals } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Product } from '../catalog/product.entity.js';
import { InventoryReason } from './inventory-transaction.entity.js';
import { Location } from './location.entity.js';
import { labelFields } from '../../graphql/field-labels.js';

/** The reasons a person may give for an adjustment (the rest are written by orders and transfers). */
export const ADJUST_REASONS = [
  InventoryReason.RECEIVED,
  InventoryReason.COUNTED,
  InventoryReason.DAMAGED,
  InventoryReason.RETURNED,
  InventoryReason.CORRECTION,
] as const;

@InputType()
export class CreateLocationInput {
  @Field() @IsNotEmpty({ message: 'is required' }) @MaxLength(60) warehouse!: string;
  @Field() @IsNotEmpty({ message: 'is required' }) @MaxLength(60) bin!: string;
}

@InputType()
export class AdjustStockInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not a valid id' }) productId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'is not a valid id' }) locationId!: string;

  @Field(() => InventoryReason, {
    description:
      'received, damaged, returned, correction: `quantity` is a change (+/−); counted: `quantity` is the counted total',
  })
  @IsIn(ADJUST_REASONS as unknown as string[], {
    message: 'must be received, counted, damaged, returned or correction',
  })
  reason!: InventoryReason;

  @Field(() => Int) @IsInt() quantity!: number;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) note?: string | null;
}

@InputType()
export class TransferStockInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not a valid id' }) productId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'is not a valid id' }) fromLocationId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'is not a valid id' }) toLocationId!: string;
  @Field(() => Int) @IsInt() @Min(1, { message: 'must be at least 1' }) @NotEquals(0) quantity!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) note?: string | null;
}

@ObjectType()
export class StockLevelView {
  @Field(() => ID) id!: string;
  @Field(() => Product) product!: Product;
  @Field(() => Location) location!: Location;
  @Field(() => Int) quantity!: number;
  @Field(() => Int) reserved!: number;
  @Field(() => Int) available!: number;
}

@ObjectType()
export class LowStockItem {
  @Field(() => Product) product!: Product;
  @Field(() => Int) quantity!: number;
  @Field(() => Int) reserved!: number;
  @Field(() => Int) available!: number;
  @Field(() => Int) threshold!: number;
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
