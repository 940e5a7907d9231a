import {
  Arg,
  Args,
  Authorized,
  Ctx as C,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Connection } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import { type GoodsKind, suggestGoodsKind } from '@orion/vat';
import { GoodsKindEnum, overridesKindCategory } from './goods-kind.js';
import { Product } from './product.entity.js';
import {
  CreateProductInput,
  ProductIdInput,
  ProductListArgs,
  ProductPayload,
  ProductStock,
  UpdateProductInput,
} from './product.inputs.js';
import { ProductService } from './product.service.js';

@ObjectType({ description: 'A page of products (Relay connection: first/after, at most 100 per page).' })
export class ProductConnection extends Connection(Product) {}

@Resolver(() => Product)
export class ProductResolver {
  private readonly service = new ProductService();

  @Authorized(Permission.PRODUCTS_READ)
  @Query(() => ProductConnection, { description: 'Active products by default; search by name, SKU or GTIN' })
  products(@C() ctx: StoreCtx, @Args() args: ProductListArgs) {
    return this.service.list(ctx, args);
  }

  @Authorized(Permission.PRODUCTS_READ)
  @Query(() => Product, {
    description: "One product of the store, by id (NOT_FOUND for another store's). Needs PRODUCTS_READ.",
  })
  product(@C() ctx: StoreCtx, @Arg('id', () => ID, { description: "The product's id." }) id: string): Promise<Product> {
    return this.service.get(ctx, id);
  }

  @Authorized(Permission.PRODUCTS_WRITE)
  @Mutation(() => ProductPayload, {
    description:
      "Adds a product to the store's catalogue (SKU unique per store; refused past the plan's product limit). Needs PRODUCTS_WRITE.",
  })
  async createProduct(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The new product.' }) input: CreateProductInput,
  ): Promise<ProductPayload> {
    return { product: await this.service.create(ctx, input) };
  }

  @Authorized(Permission.PRODUCTS_WRITE)
  @Mutation(() => ProductPayload, {
    description: 'Changes a product; omitted fields stay as they are. Needs PRODUCTS_WRITE.',
  })
  async updateProduct(
    @C() ctx: StoreCtx,
    @Arg('input', { description: "The product's id and the fields to change." }) input: UpdateProductInput,
  ): Promise<ProductPayload> {
    return { product: await this.service.update(ctx, input) };
  }

  @Authorized(Permission.PRODUCTS_WRITE)
  @Mutation(() => ProductPayload, { description: 'Hides the product from lists and new orders; history stays' })
  async archiveProduct(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The product to archive.' }) input: ProductIdInput,
  ): Promise<ProductPayload> {
    return { product: await this.service.archive(ctx, input.id) };
  }

  @Authorized(Permission.PRODUCTS_WRITE)
  @Mutation(() => ProductPayload, { description: 'Makes an archived product active again. Needs PRODUCTS_WRITE.' })
  async restoreProduct(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The product to restore.' }) input: ProductIdInput,
  ): Promise<ProductPayload> {
    return { product: await this.service.restore(ctx, input.id) };
  }

  @Authorized(Permission.PRODUCTS_WRITE)
  @Mutation(() => Boolean, { description: 'Only for products never ordered nor stocked; archive the others' })
  deleteProduct(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The product to delete.' }) input: ProductIdInput,
  ): Promise<boolean> {
    return this.service.delete(ctx, input.id);
  }

  @FieldResolver(() => GoodsKindEnum, {
    nullable: true,
    description:
      'For a product without a kind of goods: the one its name and category suggest, to be confirmed (never applied by itself)',
  })
  goodsKindSuggestion(@Root() p: Product): GoodsKind | null {
    return p.goodsKind
      ? null
      : suggestGoodsKind({ name: p.name, description: p.description, vatCategory: p.vatCategory });
  }

  @FieldResolver(() => Boolean, {
    description: "The Luxembourg category differs from the one the kind of goods gives (LU law's exceptions)",
  })
  vatCategoryOverridesKind(@Root() p: Product, @C() ctx: StoreCtx): boolean {
    return overridesKindCategory(p.goodsKind, p.vatCategory, ctx.clock.now().toISOString().slice(0, 10));
  }

  @FieldResolver(() => ProductStock, { description: 'Summed over all locations' })
  stock(@Root() p: Product, @C() ctx: StoreCtx): Promise<ProductStock> {
    return this.service.stock(ctx, p);
  }
}
