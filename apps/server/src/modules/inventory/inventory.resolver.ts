import {
  Arg,
  Args,
  Authorized,
  Ctx as C,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Connection, ConnectionArgs } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import { User } from '../auth/user.entity.js';
import { InventoryTransaction } from './inventory-transaction.entity.js';
import {
  AdjustStockInput,
  CreateLocationInput,
  LowStockItem,
  StockLevelView,
  TransferStockInput,
} from './inventory.inputs.js';
import { InventoryService } from './inventory.service.js';
import { Location } from './location.entity.js';

@ObjectType({ description: 'A page of stock levels (Relay connection: first/after, at most 100 per page).' })
export class StockLevelConnection extends Connection(StockLevelView, 'StockLevel') {}
@ObjectType({ description: 'A page of stock movements (Relay connection: first/after, at most 100 per page).' })
export class InventoryTransactionConnection extends Connection(InventoryTransaction) {}

@ObjectType({ description: 'The two stock levels after a transfer.' })
class TransferPayload {
  @Field(() => StockLevelView, { description: "The source location's stock after." }) from!: StockLevelView;
  @Field(() => StockLevelView, { description: "The destination location's stock after." }) to!: StockLevelView;
}

const LOW_STOCK_LIMIT_MAX = 1000;

@Resolver()
export class InventoryResolver {
  private readonly inventory = new InventoryService();

  @Authorized(Permission.INVENTORY_READ)
  @Query(() => [Location], {
    description: "The store's stock locations (warehouse and bin), sorted by warehouse then bin. Needs INVENTORY_READ.",
  })
  locations(@C() ctx: StoreCtx): Promise<Location[]> {
    return this.inventory.locations(ctx);
  }

  @Authorized(Permission.INVENTORY_WRITE)
  @Mutation(() => Location, {
    description: 'Adds a stock location (warehouse and bin, upper-cased, unique per store). Needs INVENTORY_WRITE.',
  })
  createLocation(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The warehouse and bin.' }) input: CreateLocationInput,
  ): Promise<Location> {
    return this.inventory.createLocation(ctx, input);
  }

  @Authorized(Permission.INVENTORY_READ)
  @Query(() => StockLevelConnection, { description: 'Stock per product and location' })
  stockLevels(
    @C() ctx: StoreCtx,
    @Args() args: ConnectionArgs,
    @Arg('productId', () => ID, { description: 'Only the stock of this product.', nullable: true }) productId?: string,
    @Arg('locationId', () => ID, { description: 'Only the stock at this location.', nullable: true })
    locationId?: string,
  ) {
    return this.inventory.stockLevels(ctx, { productId, locationId }, args);
  }

  @Authorized(Permission.INVENTORY_READ)
  @Query(() => [LowStockItem], {
    description: `Physical products whose available stock is at or below their threshold (limit 1–${LOW_STOCK_LIMIT_MAX})`,
  })
  lowStock(
    @C() ctx: StoreCtx,
    @Arg('limit', () => Int, { defaultValue: 100, description: 'At most this many, 1–100.' }) limit: number,
  ): Promise<LowStockItem[]> {
    return this.inventory.lowStock(ctx, limit);
  }

  @Authorized(Permission.INVENTORY_READ)
  @Query(() => InventoryTransactionConnection, { description: "A product's stock audit trail, newest first" })
  inventoryTransactions(
    @C() ctx: StoreCtx,
    @Arg('productId', () => ID, { description: 'The product whose stock movements to list.' }) productId: string,
    @Args() args: ConnectionArgs,
  ) {
    return this.inventory.transactions(ctx, productId, args);
  }

  @Authorized(Permission.INVENTORY_WRITE)
  @Mutation(() => StockLevelView, {
    description:
      'Records a stock adjustment at one location; the reason decides the direction (COUNTED sets the total). Needs INVENTORY_WRITE.',
  })
  adjustStock(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The product, location, reason and quantity.' }) input: AdjustStockInput,
  ): Promise<StockLevelView> {
    return this.inventory.adjust(ctx, input);
  }

  @Authorized(Permission.INVENTORY_WRITE)
  @Mutation(() => TransferPayload, {
    description: 'Moves units of a product from one location to another in one step. Needs INVENTORY_WRITE.',
  })
  async transferStock(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The product, both locations and the quantity.' }) input: TransferStockInput,
  ): Promise<TransferPayload> {
    const [from, to] = await this.inventory.transfer(ctx, input);
    return { from: from!, to: to! };
  }
}

@Resolver(() => InventoryTransaction)
export class InventoryTransactionResolver {
  @FieldResolver(() => Location, { description: 'The location.' })
  location(@Root() t: InventoryTransaction): Promise<Location> {
    return t.location.load({ dataloader: true }) as Promise<Location>;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who made the change (null for system work)' })
  async userName(@Root() t: InventoryTransaction): Promise<string | null> {
    if (!t.user) return null;
    const u = (await t.user.load({ dataloader: true })) as User | null;
    return u?.name ?? null;
  }

  @FieldResolver(() => ID, { description: 'The order that moved the stock, if any.', nullable: true })
  orderId(@Root() t: InventoryTransaction): string | null {
    return t.orderId;
  }
}
