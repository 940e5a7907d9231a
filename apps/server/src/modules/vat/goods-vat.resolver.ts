import { domesticCategoryForKind, GOODS_KIND_SCOPE, GOODS_KINDS, type GoodsKind } from '@orion/vat';
import { Arg, Authorized, Ctx as C, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { StoreCtx } from '../../graphql/context.js';
import { Permission } from '../../graphql/permissions.js';
import { GoodsKindEnum } from '../catalog/goods-kind.js';
import { VatCategory } from '../catalog/vat-category.js';
import { goodsKindReadiness } from './goods-readiness.js';
import { GoodsKindReadiness, SetProductVatOverrideInput } from './goods-vat.inputs.js';
import { ProductVatOverride, ProductVatOverrideLog } from './product-vat-override.entity.js';
import {
  listProductVatOverrideChanges,
  listProductVatOverrides,
  removeProductVatOverride,
  setProductVatOverride,
} from './product-vat-overrides.js';

@ObjectType({ description: 'One kind of goods: what it covers and the Luxembourg category that follows from it' })
export class GoodsKindInfo {
  @Field(() => GoodsKindEnum) kind!: GoodsKind;
  @Field() scope!: string;
  @Field(() => VatCategory) luxembourgCategory!: VatCategory;
}

@Resolver()
export class GoodsVatResolver {
  @Authorized(Permission.STORE_READ)
  @Query(() => [GoodsKindInfo], { description: 'The kinds of goods (packages/vat), in order' })
  goodsKinds(@C() ctx: StoreCtx): GoodsKindInfo[] {
    const today = ctx.clock.now().toISOString().slice(0, 10);
    return GOODS_KINDS.map((kind) => ({
      kind,
      scope: GOODS_KIND_SCOPE[kind],
      luxembourgCategory: domesticCategoryForKind(kind, today) as VatCategory,
    }));
  }

  @Authorized(Permission.PRODUCTS_READ)
  @Query(() => GoodsKindReadiness, {
    description: 'Active products without a kind of goods and the EU cross-border sales they would affect',
  })
  goodsKindReadiness(@C() ctx: StoreCtx): Promise<GoodsKindReadiness> {
    return goodsKindReadiness(ctx);
  }

  @Authorized(Permission.PRODUCTS_READ)
  @Query(() => [ProductVatOverride], { description: "The store's destination-rate overrides, of one product or all" })
  productVatOverrides(
    @C() ctx: StoreCtx,
    @Arg('productId', () => ID, { nullable: true }) productId?: string | null,
  ): Promise<ProductVatOverride[]> {
    return listProductVatOverrides(ctx, productId);
  }

  @Authorized(Permission.PRODUCTS_READ)
  @Query(() => [ProductVatOverrideLog], { description: "Every change of a product's overrides, newest first" })
  productVatOverrideChanges(
    @C() ctx: StoreCtx,
    @Arg('productId', () => ID) productId: string,
  ): Promise<ProductVatOverrideLog[]> {
    return listProductVatOverrideChanges(ctx, productId);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => ProductVatOverride, {
    description:
      "Sets which of a member state's rates one product takes there under OSS (the accountant's decision); logged, applies to invoices issued from now on",
  })
  setProductVatOverride(
    @C() ctx: StoreCtx,
    @Arg('input') input: SetProductVatOverrideInput,
  ): Promise<ProductVatOverride> {
    return setProductVatOverride(ctx, input);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => Boolean, { description: 'Removes an override (the goods-rate table applies again); logged' })
  removeProductVatOverride(
    @C() ctx: StoreCtx,
    @Arg('productId', () => ID) productId: string,
    @Arg('country') country: string,
  ): Promise<boolean> {
    return removeProductVatOverride(ctx, productId, country);
  }
}
