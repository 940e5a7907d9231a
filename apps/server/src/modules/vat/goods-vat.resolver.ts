import {
  domesticCategoryForKind,
  GOODS_KIND_SCOPE,
  GOODS_KINDS,
  type GoodsKind,
  isIsoDate,
  rateForGoods,
  toEuCountry,
} from '@orion/vat';
import { Arg, Authorized, Ctx as C, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { StoreCtx } from '../../core/context.js';
import { ValidationError } from '../../core/errors.js';
import { Permission } from '../../core/permissions.js';
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
  @Field(() => GoodsKindEnum, { description: 'The kind of goods.' }) kind!: GoodsKind;
  @Field({ description: 'What the kind covers.' }) scope!: string;
  @Field(() => VatCategory, { description: 'The Luxembourg VAT category it follows.' })
  luxembourgCategory!: VatCategory;
}

@ObjectType({
  description: "What goods of one kind take in a member state on a date (packages/vat's goods-rate table)",
})
export class GoodsRateRow {
  @Field(() => GoodsKindEnum, { description: 'The kind of goods.' }) kind!: GoodsKind;
  @Field(() => Int, { description: 'The VAT rate in basis points (1700 = 17 %).' }) rateBp!: number;
  @Field({ description: 'The rate category applied (standard where the table says check or knows nothing)' })
  rateCategory!: string;
  @Field({ description: 'table, check or no_entry' }) basis!: string;
  @Field({ description: 'Why this rate applies to this kind in this country.' }) reason!: string;
  @Field(() => String, { nullable: true, description: 'The entry’s note: legal basis, or what the rate depends on' })
  note!: string | null;
}

@Resolver()
export class GoodsVatResolver {
  @Authorized(Permission.STORE_READ)
  @Query(() => [GoodsRateRow], { description: 'Every kind of goods in one member state on `asOf` (default today)' })
  goodsRates(
    @C() ctx: StoreCtx,
    @Arg('country', { description: 'The EU country, ISO 3166-1 alpha-2 (e.g. FR).' }) country: string,
    @Arg('asOf', () => String, {
      description: 'The day the rates apply to, YYYY-MM-DD; default today.',
      nullable: true,
    })
    asOf?: string | null,
  ): GoodsRateRow[] {
    const c = toEuCountry(country.trim());
    const date = asOf ?? ctx.clock.now().toISOString().slice(0, 10);
    const bad: Record<string, string> = {};
    if (!c) bad.country = 'must be an EU member state (ISO code)';
    if (!isIsoDate(date)) bad.asOf = 'must be a date YYYY-MM-DD';
    if (Object.keys(bad).length) throw new ValidationError(bad);
    return GOODS_KINDS.map((kind) => {
      const r = rateForGoods(c!, kind, date);
      return {
        kind,
        rateBp: r.rateBp,
        rateCategory: r.tableCategory,
        basis: r.basis,
        reason: r.reason,
        note: r.entry?.note ?? null,
      };
    });
  }

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
    @Arg('productId', () => ID, { description: 'Only the overrides of this product.', nullable: true }) productId?:
      | string
      | null,
  ): Promise<ProductVatOverride[]> {
    return listProductVatOverrides(ctx, productId);
  }

  @Authorized(Permission.PRODUCTS_READ)
  @Query(() => [ProductVatOverrideLog], { description: "Every change of a product's overrides, newest first" })
  productVatOverrideChanges(
    @C() ctx: StoreCtx,
    @Arg('productId', () => ID, { description: 'The product whose override history to list.' }) productId: string,
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
    @Arg('input', { description: 'The product, country and rate category.' }) input: SetProductVatOverrideInput,
  ): Promise<ProductVatOverride> {
    return setProductVatOverride(ctx, input);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => Boolean, { description: 'Removes an override (the goods-rate table applies again); logged' })
  removeProductVatOverride(
    @C() ctx: StoreCtx,
    @Arg('productId', () => ID, { description: 'The product.' }) productId: string,
    @Arg('country', { description: 'The country of the override, ISO 3166-1 alpha-2.' }) country: string,
  ): Promise<boolean> {
    return removeProductVatOverride(ctx, productId, country);
  }
}
