import { IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GoodsKindEnum } from '../catalog/goods-kind.js';
import { Product } from '../catalog/product.entity.js';

@InputType({ description: "A product's VAT rate category in one destination country, set by hand." })
export class SetProductVatOverrideInput {
  @Field(() => ID, { description: 'The product.' }) @IsUUID('all', { message: 'is not a valid id' }) productId!: string;
  @Field({ description: 'Member state of consumption, ISO code (EL is read as GR)' })
  @MaxLength(2, { message: 'must be a 2-letter country code' })
  country!: string;
  @Field({ description: 'Which of its rates applies: standard, reduced, reduced2, super_reduced, zero, parking' })
  @MaxLength(20)
  rateCategory!: string;
  @Field({ description: 'Why (e.g. the accountant’s reasoning), 3 to 500 characters' })
  @MaxLength(2000)
  note!: string;
}

@ObjectType({ description: 'A product without a kind of goods, and its EU cross-border sales the rule would affect' })
export class GoodsKindGap {
  @Field(() => Product, { description: 'The product.' }) product!: Product;
  @Field(() => GoodsKindEnum, { nullable: true, description: 'Suggested from name and category, to be confirmed' })
  suggestion!: string | null;
  @Field(() => Int, { description: 'Orders to consumers in other EU member states, this and last calendar year' })
  crossBorderOrders!: number;
  @Field(() => Int, { description: 'Their line totals incl. VAT, in cents' })
  crossBorderGrossCents!: number;
}

@ObjectType({
  description:
    'Before destination VAT matters (OSS on, or the threshold near): the active products without a kind of goods, which would take the standard rate of every destination',
})
export class GoodsKindReadiness {
  @Field(() => Int, { description: 'Active products without a kind of goods.' }) productsWithoutKind!: number;
  @Field(() => Int, { description: 'Their EU cross-border orders, this and last calendar year' })
  affectedOrders!: number;
  @Field(() => Int, { description: 'Their sales, in cents, VAT included.' }) affectedGrossCents!: number;
  @Field(() => [GoodsKindGap], { description: 'The first 100, most sold abroad first' })
  products!: GoodsKindGap[];
}
