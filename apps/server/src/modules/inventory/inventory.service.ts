import { type ConnectionArgs, type ConnectionShape, MAX_PAGE_SIZE, paginate } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import { Product } from '../catalog/product.entity.js';
import { InventoryReason, InventoryTransaction } from './inventory-transaction.entity.js';
import type {
  AdjustStockInput,
  CreateLocationInput,
  LowStockItem,
  StockLevelView,
  TransferStockInput,
} from './inventory.inputs.js';
import { Location, normalizeLocationPart } from './location.entity.js';
import { StockLevel } from './stock-level.entity.js';
import { moveStock } from './stock-movements.js';
import { checkAdjustment } from './adjust-reasons.js';
import { inTransaction } from '../../core/transaction.js';

/** The most products one low-stock list returns. */

export class InventoryService {
  locations(ctx: StoreCtx): Promise<Location[]> {
    return ctx.em.find(Location, {}, { orderBy: { warehouse: 'asc', bin: 'asc' } });
  }

  async createLocation(ctx: StoreCtx, input: CreateLocationInput): Promise<Location> {
    const warehouse = normalizeLocationPart(input.warehouse);
    const bin = normalizeLocationPart(input.bin);
    const existing = await ctx.em.findOne(Location, { warehouse, bin });
    if (existing) {
      throw new DomainError('LOCATION_EXISTS', `Location ${warehouse} / ${bin} already exists.`, 'CONFLICT', {
        fields: { bin: 'already exists in this warehouse' },
      });
    }
    const location = ctx.em.create(Location, { store: ctx.storeId, warehouse, bin });
    await ctx.em.flush();
    return location;
  }

  /** Stock levels, optionally of one product or one location, with product and location. */
  async stockLevels(
    ctx: StoreCtx,
    filter: { productId?: string | null; locationId?: string | null },
    args: ConnectionArgs,
  ): Promise<ConnectionShape<StockLevelView>> {
    const where = {
      ...(filter.productId ? { product: filter.productId } : {}),
      ...(filter.locationId ? { location: filter.locationId } : {}),
    };
    const page = await paginate(
      ctx.em,
      StockLevel,
      where,
      args,
      { field: 'id', direction: 'asc' },
      {
        populate: ['product', 'location'],
      },
    );
    const view = (s: StockLevel): StockLevelView => ({
      id: s.id,
      product: s.product.getEntity(),
      location: s.location.getEntity(),
      quantity: s.quantity,
      reserved: s.reserved,
      available: s.available,
    });
    return {
      ...page,
      nodes: page.nodes.map(view),
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: view(e.node) })),
    };
  }

  async adjust(ctx: StoreCtx, input: AdjustStockInput): Promise<StockLevelView> {
    checkAdjustment(input.reason, input.quantity);
    const product = await this.product(ctx, input.productId);
    const location = await this.location(ctx, input.locationId);
    await inTransaction(ctx, async ({ em }) => {
      let delta = input.quantity;
      if (input.reason === InventoryReason.COUNTED) {
        const [row] = await em.execute<{ quantity: number }[]>(
          'select quantity from stock_level where product_id = ? and location_id = ? for update',
          [product.id, location.id],
        );
        delta = input.quantity - (row?.quantity ?? 0);
      }
      await moveStock(em, {
        storeId: ctx.storeId,
        productId: product.id,
        locationId: location.id,
        quantityDelta: delta,
        reservedDelta: 0,
        reason: input.reason,
        userId: ctx.user?.id ?? null,
        note: input.note,
      });
      await em.flush();
    });
    ctx.log.info(
      { event: 'stock_adjusted', productId: product.id, locationId: location.id, reason: input.reason },
      'stock adjusted',
    );
    return this.levelView(ctx, product, location);
  }

  async transfer(ctx: StoreCtx, input: TransferStockInput): Promise<StockLevelView[]> {
    if (input.fromLocationId === input.toLocationId) {
      throw new ValidationError({ toLocationId: 'must differ from the source location' });
    }
    const product = await this.product(ctx, input.productId);
    const from = await this.location(ctx, input.fromLocationId);
    const to = await this.location(ctx, input.toLocationId);
    await inTransaction(ctx, async ({ em }) => {
      const base = {
        storeId: ctx.storeId,
        productId: product.id,
        reservedDelta: 0,
        userId: ctx.user?.id ?? null,
        note: input.note,
      };
      await moveStock(em, {
        ...base,
        locationId: from.id,
        quantityDelta: -input.quantity,
        reason: InventoryReason.TRANSFER_OUT,
      });
      await moveStock(em, {
        ...base,
        locationId: to.id,
        quantityDelta: input.quantity,
        reason: InventoryReason.TRANSFER_IN,
      });
      await em.flush();
    });
    return [await this.levelView(ctx, product, from), await this.levelView(ctx, product, to)];
  }

  transactions(ctx: StoreCtx, productId: string, args: ConnectionArgs): Promise<ConnectionShape<InventoryTransaction>> {
    return paginate(
      ctx.em,
      InventoryTransaction,
      { product: productId },
      args,
      { field: 'id', direction: 'desc' },
      {
        populate: ['location', 'user'],
      },
    );
  }

  /** Active, physical products whose available stock (all locations) is at or below their threshold. */
  async lowStock(ctx: StoreCtx, limit = 100): Promise<LowStockItem[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new ValidationError({ limit: `must be between 1 and ${MAX_PAGE_SIZE}` });
    }
    const rows = await ctx.em.execute<{ id: string; quantity: number; reserved: number }[]>(
      `select p.id, coalesce(sum(s.quantity), 0)::int as quantity, coalesce(sum(s.reserved), 0)::int as reserved
         from product p left join stock_level s on s.product_id = p.id
        where p.store_id = ? and p.status = 'active' and not p.digital
        group by p.id, p.low_stock_threshold
       having coalesce(sum(s.quantity - s.reserved), 0) <= p.low_stock_threshold
        order by coalesce(sum(s.quantity - s.reserved), 0) - p.low_stock_threshold, p.id
        limit ?`,
      [ctx.storeId, limit],
    );
    const products = await ctx.em.find(Product, { id: { $in: rows.map((r) => r.id) } });
    const byId = new Map(products.map((p) => [p.id, p]));
    return rows.map((r) => {
      const product = byId.get(r.id)!;
      return {
        product,
        quantity: r.quantity,
        reserved: r.reserved,
        available: r.quantity - r.reserved,
        threshold: product.lowStockThreshold,
      };
    });
  }

  private async product(ctx: StoreCtx, id: string): Promise<Product> {
    const p = await ctx.em.findOne(Product, { id });
    if (!p) throw new NotFoundError('Product', id);
    if (p.digital)
      throw new DomainError('DIGITAL_PRODUCT', `${p.sku} is digital: it has no stock to manage.`, 'BAD_USER_INPUT');
    return p;
  }

  private async location(ctx: StoreCtx, id: string): Promise<Location> {
    const l = await ctx.em.findOne(Location, { id });
    if (!l) throw new NotFoundError('Location', id);
    return l;
  }

  private async levelView(ctx: StoreCtx, product: Product, location: Location): Promise<StockLevelView> {
    const s = await ctx.em.fork().findOneOrFail(
      StockLevel,
      { product: product.id, location: location.id },
      {
        filters: { tenant: { storeId: ctx.storeId } },
      },
    );
    return { id: s.id, product, location, quantity: s.quantity, reserved: s.reserved, available: s.available };
  }
}
